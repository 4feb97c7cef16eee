using MathNet.Numerics.Distributions;
using Optimizer.Core.Acquisition;
using Optimizer.Core.Numerics;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Optimization;

/// <summary>
/// Maximizes an acquisition function over a mixed search space: scores scrambled-Sobol points and perturbations of
/// the incumbents in bulk, refines the best few with L-BFGS-B inside [0, 1] (categorical one-hot coordinates held at
/// the start's choice; when there are at most <see cref="MaxEnumeratedCombinations"/> combinations of choices, the best
/// raw point of every combination is refined too, so small categorical spaces are searched by enumeration), rounds the
/// results to valid points and returns the best one not already taken (<see cref="TakenPoints"/>). With a
/// <paramref name="region"/> the raw points, perturbations and L-BFGS-B bounds all lie in that box (a trust region).
/// As in BoTorch's optimize_acqf with raw_samples and sample-around-best initialization (Balandat et al. 2020).
/// </summary>
/// <param name="region">where to search; null: the whole unit cube.</param>
internal sealed class AcquisitionOptimizer(SearchSpace space, AcquisitionOptimizerOptions options, EncodedBox? region = null)
{
    private const double PerturbationScale = 0.05;
    private const int MaxEnumeratedCombinations = 8;
    private const double BoltzmannTemperature = 2.0;

    private readonly EncodedBox _box = region ?? EncodedBox.UnitCube(space.Dimension);

    /// <param name="incumbents">encoded best points, starts for local perturbations.</param>
    /// <param name="taken">points that must not be proposed again (observed and pending).</param>
    /// <returns>the encoded, canonical best point, or null when every candidate found is taken.</returns>
    public double[]? Maximize(IAcquisition acquisition, IReadOnlyList<double[]> incumbents, TakenPoints taken, int seed)
    {
        var d = space.Dimension;
        var raw = RawCandidates(incumbents, seed);
        var scores = new double[raw.Count];
        Parallel.For(0, raw.Count, i => scores[i] = Finite(acquisition.Evaluate(raw[i], [])));
        var order = Enumerable.Range(0, raw.Count).OrderByDescending(i => scores[i]).ToArray();
        var chosen = options.BoltzmannStarts ? BoltzmannStarts(order, scores, seed) : order.Take(options.Restarts);
        // The raw list opens with the Sobol points: the best of those alone are starts spread over the whole space.
        var global = order.Where(i => i < options.RawSamples).Take(options.GlobalStarts);
        var starts = chosen.Concat(global).Concat(BestPerCombination(raw, scores)).Distinct().Select(i => raw[i]).ToArray();
        var refined = new double[starts.Length][];
        Parallel.For(0, starts.Length, s => refined[s] = Refine(acquisition, starts[s]));

        var candidates = refined.Concat(order.Select(i => raw[i]))
            .Select(x => space.Canonicalize(x))
            .Where(x => !taken.Contains(x));
        double[]? best = null;
        var bestScore = double.NegativeInfinity;
        var examined = 0;
        foreach (var candidate in candidates)
        {
            var score = Finite(acquisition.Evaluate(candidate, []));
            if (best is null || score > bestScore)
                (best, bestScore) = (candidate, score);
            if (++examined >= starts.Length + 1) break;
        }
        return best;
    }

    private List<double[]> RawCandidates(IReadOnlyList<double[]> incumbents, int seed)
    {
        var raw = new ScrambledSobol(space.Dimension, seed).Sample(options.RawSamples).Select(u => space.Canonicalize(_box.Map(u))).ToList();
        if (incumbents.Count == 0) return raw;
        var random = new Random(SeedMixer.Mix(seed, 1));
        var perturbations = options.RawSamples / 4;
        for (var p = 0; p < perturbations; p++)
        {
            var centre = incumbents[p % incumbents.Count];
            var x = new double[centre.Length];
            var scale = PerturbationScale * Math.Pow(0.5, p % 3);
            for (var i = 0; i < x.Length; i++)
                x[i] = _box.Clamp(i, centre[i] + scale * Normal.Sample(random, 0.0, 1.0));
            raw.Add(space.Canonicalize(x));
        }
        return raw;
    }

    // The best raw point, then Restarts - 1 drawn without replacement with weights exp(eta z) (Balandat et al. 2020, initialize_q_batch).
    private IEnumerable<int> BoltzmannStarts(int[] order, double[] scores, int seed)
    {
        var finite = order.Where(i => double.IsFinite(scores[i])).ToArray();
        if (finite.Length <= options.Restarts) return order.Take(options.Restarts);
        var mean = finite.Average(i => scores[i]);
        var sd = Math.Sqrt(finite.Average(i => (scores[i] - mean) * (scores[i] - mean)));
        if (!(sd > 0)) return order.Take(options.Restarts);
        var weights = finite.Select(i => Math.Exp(BoltzmannTemperature * (scores[i] - mean) / sd)).ToArray();
        var random = new Random(SeedMixer.Mix(seed, 2));
        var picked = new List<int> { finite[0] };
        weights[0] = 0;
        while (picked.Count < options.Restarts)
        {
            var u = random.NextDouble() * weights.Sum();
            var k = 0;
            var cumulative = weights[0];
            while ((cumulative < u || weights[k] == 0) && k < weights.Length - 1) cumulative += weights[++k];
            picked.Add(finite[k]);
            weights[k] = 0;
        }
        return picked;
    }

    // Index of the best-scoring raw point of each combination of categorical choices, when there are few combinations.
    private IEnumerable<int> BestPerCombination(List<double[]> raw, double[] scores)
    {
        var categoricals = Enumerable.Range(0, space.Parameters.Count).Where(p => space.Parameters[p] is CategoricalParameter).ToArray();
        var combinations = categoricals.Aggregate(1L, (product, p) => product * space.Parameters[p].EncodedWidth);
        if (categoricals.Length == 0 || combinations > MaxEnumeratedCombinations) return [];
        string Combination(double[] x) => string.Join(",", categoricals.Select(p =>
            space.Parameters[p].Decode(x.AsSpan(space.OffsetOf(p), space.Parameters[p].EncodedWidth)).Choice));
        return Enumerable.Range(0, raw.Count)
            .GroupBy(i => Combination(raw[i]))
            .Select(group => group.MaxBy(i => scores[i]));
    }

    private double[] Refine(IAcquisition acquisition, double[] start)
    {
        var free = FreeCoordinates();
        if (free.Length == 0) return start;
        var lower = free.Select(i => _box.Lower[i]).ToArray();
        var upper = free.Select(i => _box.Upper[i]).ToArray();
        var point = (double[])start.Clone();
        var fullGradient = new double[start.Length];
        double NegativeAcquisition(double[] z, double[] gradient)
        {
            var x = (double[])start.Clone();
            for (var i = 0; i < free.Length; i++) x[free[i]] = z[i];
            var value = acquisition.Evaluate(x, fullGradient);
            for (var i = 0; i < free.Length; i++) gradient[i] = -fullGradient[free[i]];
            return -value;
        }
        // Undefined wherever the search looked: the start stands.
        if (BoundedMinimizer.Minimize(NegativeAcquisition, free.Select(i => start[i]).ToArray(), lower, upper, options.MaxIterations) is not { } best)
            return point;
        for (var i = 0; i < free.Length; i++) point[free[i]] = best.Point[i];
        return point;
    }

    private int[] FreeCoordinates()
    {
        var free = new List<int>();
        for (var p = 0; p < space.Parameters.Count; p++)
            if (space.Parameters[p] is not CategoricalParameter)
                free.Add(space.OffsetOf(p));
        return free.ToArray();
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : double.NegativeInfinity;

}
