using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;

namespace Optimizer.Core.Strategies;

/// <summary>
/// The outcome constraints of one proposal call, fitted (<see cref="ConstraintModels.Fit"/>): each black-box constraint's
/// GP with its bounds in model units, and the closed forms.
/// </summary>
internal sealed class FittedConstraints(IReadOnlyList<FittedConstraint> modelled, IReadOnlyList<ClosedFormConstraint> closedForms)
{
    /// <summary>The constraints with a GP of their own.</summary>
    public IReadOnlyList<FittedConstraint> Modelled => modelled;

    /// <summary>
    /// log P(every constraint holds) (Gardner et al. 2014), each modelled constraint's GP believing the encoded
    /// <paramref name="pending"/> points (P x d) at its posterior mean.
    /// </summary>
    public FeasibilityTerm Term(IReadOnlyList<double[]> pending) => new(
        modelled.Select(m => new ModelledConstraint(FantasyPosterior.Create(m.Model, [], pending, [], PendingOutcomes.PosteriorMean), m.Lower, m.Upper)).ToArray(),
        closedForms);

    /// <summary>The closed-form constraints alone, for an acquisition that integrates the modelled ones itself.</summary>
    public FeasibilityTerm ClosedFormTerm() => new([], closedForms);
}

/// <summary>A black-box constraint's GP (on the observations) and its bounds in the model's units.</summary>
internal sealed record FittedConstraint(GaussianProcess Model, double? Lower, double? Upper);
