using System.Globalization;
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
    Assignment Parameters,
    IReadOnlyDictionary<string, double> Values,
    int Attempt,
    string? Worker,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    TrialTimings? Timings = null)
{
    /// <summary>Complete, failed or pruned: the trial's outcome is final (an interrupted one is queued again on resume).</summary>
    public bool IsTerminal => State is TrialState.Complete or TrialState.Failed or TrialState.Pruned;

    /// <summary><c>trial 7 complete (attempt 1): lr=0.01, depth=4 -> loss=0.0123</c>, or the failure's first line.</summary>
    public override string ToString()
    {
        var parameters = string.Join(", ", Parameters.Select(p => $"{p.Key}={p.Value}"));
        var outcome = State switch
        {
            TrialState.Complete => " -> " + string.Join(", ", Values.Select(v => $"{v.Key}={v.Value.ToString("G6", CultureInfo.InvariantCulture)}")),
            TrialState.Failed => $" -> error: {Error?.Split('\n')[0]}",
            TrialState.Pruned => " -> pruned (stopped early)",
            _ => "",
        };
        return $"trial {Number} {State.ToString().ToLowerInvariant()} (attempt {Attempt}): {parameters}{outcome}";
    }
}
