using Optimizer.Core.Space;

namespace Optimizer.Cluster.Evaluators;

/// <summary>One evaluation to run: which trial, which attempt, which point.</summary>
public sealed record EvaluationRequest(int TrialNumber, int Attempt, IReadOnlyDictionary<string, ParameterValue> Parameters);

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
