using Optimizer.Core.Studies;

namespace Optimizer.Service.Serving;

/// <summary>
/// The early-stopping decision behind <c>report</c>: after a running trial reported its values at a step, whether it
/// should stop now. Given the trial, every intermediate report of it, and the study's trials (whose own reports the
/// store holds), as ASHA or a median rule need.
/// </summary>
public interface IStopRule
{
    bool ShouldStop(Trial trial, IReadOnlyList<IntermediateReport> reports, IReadOnlyList<Trial> trials, IStudyStore store);
}

/// <summary>The default: every trial runs to its end.</summary>
public sealed class NeverStop : IStopRule
{
    public static NeverStop Instance { get; } = new();

    public bool ShouldStop(Trial trial, IReadOnlyList<IntermediateReport> reports, IReadOnlyList<Trial> trials, IStudyStore store) => false;
}
