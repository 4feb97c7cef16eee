using Optimizer.Core.Space;

namespace Optimizer.Cluster.Evaluators;

/// <summary>One evaluation to run: which trial, which attempt, which point.</summary>
public sealed record EvaluationRequest(int TrialNumber, int Attempt, Assignment Parameters)
{
    /// <summary>
    /// Receives each intermediate report of the evaluation (step, metric values; steps increase) as it is made, on the
    /// evaluator's thread; null when nobody listens.
    /// </summary>
    public Action<int, IReadOnlyDictionary<string, double>>? OnIntermediate { get; init; }

    /// <summary>
    /// Fires when early stopping stops the trial: the evaluator ends the evaluation gracefully (a command gets SIGTERM,
    /// then SIGKILL after the grace period) and returns a failed result, which the coordinator no longer records.
    /// </summary>
    public CancellationToken Stop { get; init; }
}

/// <summary>What an evaluation produced: metric values, or the reason it failed (with the tail of stderr when there is one).</summary>
public sealed record EvaluationResult(IReadOnlyDictionary<string, double>? Values, string? Error)
{
    public bool IsSuccess => Values is not null;

    public static EvaluationResult Success(IReadOnlyDictionary<string, double> values) => new(values, null);

    public static EvaluationResult Failure(string reason) => new(null, reason);
}

/// <summary>Evaluates one point of a study: a command, an in-process function, ...</summary>
public interface IEvaluator
{
    /// <summary>Runs the evaluation; never throws for a failed evaluation (that is a failed <see cref="EvaluationResult"/>), honours cancellation.</summary>
    Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken);
}
