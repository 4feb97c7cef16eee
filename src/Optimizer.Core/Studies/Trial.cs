using Optimizer.Core.Space;

namespace Optimizer.Core.Studies;

/// <summary>
/// One point of a study and what became of it. <see cref="Number"/> is unique within the study;
/// <see cref="Attempt"/> grows by one each time the trial is re-queued after a lost worker or an interruption.
/// <see cref="Timings"/> says where its time went (null: not measured).
/// </summary>
public sealed record Trial(
    int Number,
    TrialState State,
    IReadOnlyDictionary<string, ParameterValue> Parameters,
    IReadOnlyDictionary<string, double> Values,
    int Attempt,
    string? Worker,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    TrialTimings? Timings = null)
{
    public bool IsTerminal => State is TrialState.Complete or TrialState.Failed;
}
