using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.Space;

namespace Optimizer.Core.Optimization;

/// <summary>
/// Candidates by maximizing an acquisition built from the posterior (LogNEI, UCB, ...), weighted by the probability of
/// feasibility when there are constraints, with the <see cref="AcquisitionOptimizer"/> scaled to the model's size and
/// confined to the request's region.
/// </summary>
/// <param name="acquisition">the acquisition of the request's posteriors (one per hyper-parameter sample, or the MAP's alone).</param>
internal sealed class OptimizedAcquisition(SearchSpace space, Func<IReadOnlyList<FantasyPosterior>, IAcquisition> acquisition, AcquisitionOptimizerOptions options)
    : ICandidateGenerator
{
    public double[]? Generate(CandidateRequest request)
    {
        var value = acquisition(request.Posteriors);
        if (!request.Feasibility.IsEmpty) value = new FeasibilityWeighted(value, request.Feasibility);
        return new AcquisitionOptimizer(space, options.ScaledFor(request.Observations), request.Region).Maximize(value, request.Incumbents, request.Taken, request.Seed);
    }
}
