using Optimizer.Core.Studies;

namespace Optimizer.Service.Serving;

/// <summary>
/// The early-stopping decision behind <c>report</c>: after a running trial reported its values at
/// <c>step</c> (already in the store), whether it should stop now. Given the trial, the study's trials, and the
/// store, which holds every trial's intermediate reports in the order they arrived.
/// </summary>
public interface IStopRule
{
    bool ShouldStop(Trial trial, int step, IReadOnlyList<Trial> trials, IStudyStore store);
}

/// <summary>The default: every trial runs to its end.</summary>
public sealed class NeverStop : IStopRule
{
    public static NeverStop Instance { get; } = new();

    public bool ShouldStop(Trial trial, int step, IReadOnlyList<Trial> trials, IStudyStore store) => false;
}
