using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.Sampling;

namespace Optimizer.Core.Strategies;

/// <summary>
/// ParEGO (Knowles, IEEE Trans. Evol. Comput. 2006): per point, LogNEI of a random augmented Chebyshev scalarization of
/// the normalized objectives, on a GP refitted to that scalarization; cheap in any number of objectives.
/// </summary>
internal sealed class ParegoFactory(int objectives, OutcomeModel scalarizedModel, int worlds) : IMultiObjectiveAcquisitionFactory
{
    private const int BaselineSize = 16;

    public bool IntegratesConstraints => false;

    public Func<AcquisitionRequest, IAcquisition> Fit(MultiObjectiveEvidence evidence) =>
        request => Build(evidence, request.Pending, request.Seed);

    private LogNoisyExpectedImprovement Build(MultiObjectiveEvidence evidence, IReadOnlyList<double[]> pending, int seed)
    {
        var weights = ChebyshevScalarization.RandomWeights(objectives, new Random(seed));
        var normalized = ChebyshevScalarization.Normalize(evidence.Vectors);
        var scalar = normalized.Select(f => ChebyshevScalarization.Apply(f, weights)).ToArray();
        // An infeasible observation scores no better than the worst one, so it is never the incumbent.
        var worst = scalar.Min();
        for (var i = 0; i < scalar.Length; i++) if (!evidence.Feasible[i]) scalar[i] = worst;
        var inputs = evidence.Inputs;
        var model = scalarizedModel.Update(inputs, scalar).Model;
        var baseline = Enumerable.Range(0, inputs.Count).Where(i => evidence.Feasible[i]).OrderByDescending(i => scalar[i]).Take(BaselineSize).Select(i => inputs[i]).ToList();
        var normals = QuasiNormalSamples.Draw(worlds, baseline.Count + 2 * pending.Count, seed);
        return new LogNoisyExpectedImprovement(FantasyPosterior.Create(model, baseline, pending, normals, PendingOutcomes.NoisySamples));
    }
}
