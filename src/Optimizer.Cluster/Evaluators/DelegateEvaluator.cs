using Optimizer.Core.Space;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Evaluates a trial by calling a .NET function in process (for .NET users, benchmarks and tests), with the same checks
/// as <see cref="CommandEvaluator"/>: every required metric present and every value finite. An exception thrown by the
/// function is a failed evaluation carrying its message; cancellation of the token throws <see cref="OperationCanceledException"/>.
/// </summary>
/// <param name="evaluate">Computes the metric values of a point.</param>
/// <param name="requiredMetrics">Metrics every evaluation must report: the objectives and constraints.</param>
public sealed class DelegateEvaluator(
    Func<Assignment, CancellationToken, Task<IReadOnlyDictionary<string, double>>> evaluate,
    IEnumerable<string> requiredMetrics) : IEvaluator
{
    private readonly MetricsValidator _validator = new(requiredMetrics);

    /// <inheritdoc />
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public async Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, double> values;
        try
        {
            values = await evaluate(request.Parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return EvaluationResult.Failure(e.Message);
        }
        return _validator.Validate(values);
    }
}
