using Optimizer.Core.Strategies;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Wraps an evaluator and fills in the closed-form metrics (known functions of the parameters) it did not report,
/// so every recorded trial carries every objective and constraint.
/// </summary>
public sealed class ClosedFormEvaluator(IEvaluator inner, ClosedFormMetrics closedForms) : IEvaluator
{
    public async Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        var result = await inner.EvaluateAsync(request, cancellationToken).ConfigureAwait(false);
        return result.Values is { } values ? EvaluationResult.Success(closedForms.Fill(request.Parameters, values)) : result;
    }
}
