using Optimizer.Core.Numerics;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Acquisition;

/// <summary>
/// Thompson sampling: the maximizer of one joint posterior sample over a scrambled-Sobol candidate set (the model
/// conditioned on the pending fantasies of world 0; the feasibility term is not used), the candidates spread over the
/// request's region (within a trust region, TuRBO-1's Thompson sampling, Eriksson et al. NeurIPS 2019). Thompson, Biometrika 1933;
/// Kandasamy et al., "Parallelised Bayesian Optimisation via Thompson Sampling", AISTATS 2018 (asynchronous workers).
/// </summary>
internal sealed class ThompsonSampling(SearchSpace space) : ICandidateGenerator
{
    private const int Candidates = 512;

    public double[]? Generate(CandidateRequest request)
    {
        var region = request.Region ?? EncodedBox.UnitCube(space.Dimension);
        var candidates = new ScrambledSobol(space.Dimension, request.Seed).Sample(Candidates)
            .Select(u => space.Canonicalize(region.Map(u)))
            .Where(x => !request.Taken.Contains(x))
            .ToList();
        if (candidates.Count == 0) return null;
        var (mean, covariance) = request.Posteriors.Single().Model.PredictJoint(candidates);
        var root = CholeskyFactor.Factorize(candidates.Count, (i, j) => covariance[i][j] + (i == j ? 1e-8 : 0.0));
        var z = QuasiNormalSamples.Draw(1, candidates.Count, request.Seed)[0];
        var best = 0;
        var bestValue = double.NegativeInfinity;
        for (var i = 0; i < candidates.Count; i++)
        {
            var sample = mean[i] + DenseKernels.Dot(root.Row(i), z.AsSpan(0, i + 1));
            if (sample > bestValue) (best, bestValue) = (i, sample);
        }
        return candidates[best];
    }
}
