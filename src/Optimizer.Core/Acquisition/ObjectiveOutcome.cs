using Optimizer.Core.Models;

namespace Optimizer.Core.Acquisition;

/// <summary>One objective inside a multi-objective acquisition: modelled by a GP posterior over worlds, or known in closed form.</summary>
internal sealed record ObjectiveOutcome(FantasyPosterior? Posterior, ClosedFormOutcome? ClosedForm)
{
    public static ObjectiveOutcome Modelled(FantasyPosterior posterior) => new(posterior, null);

    public static ObjectiveOutcome Exact(ClosedFormOutcome closedForm) => new(null, closedForm);
}
