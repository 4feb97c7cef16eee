using Optimizer.Core.Outcomes;


namespace Optimizer.Core.MultiObjective;

/// <summary>
/// The reference point of a hypervolume, in "larger is better" orientation: inferred from observed values as BoTorch's
/// <c>infer_reference_point</c> does (Daulton et al. 2020), or given by the user in the metrics' own directions.
/// </summary>
public static class ReferencePoint
{
    /// <summary>Fraction of the front's range by which an inferred reference lies below its nadir.</summary>
    public const double DefaultScale = 0.1;

    /// <summary>
    /// The nadir of the Pareto front of <paramref name="values"/> (n ≥ 1 vectors of length m, maximized) minus
    /// <paramref name="scale"/> times the front's range, objective by objective. Where the range is zero (a single point,
    /// or every front point equal in that objective) |nadir| stands in for it, as BoTorch does for a single point, and 1
    /// where the nadir is 0 too (BoTorch uses 1e-7 there, which leaves a degenerate box). A reference that would lie
    /// below the most negative double is that double.
    /// </summary>
    public static double[] Infer(IReadOnlyList<double[]> values, double scale = DefaultScale)
    {
        if (values.Count == 0)
            throw new ArgumentException("a reference point cannot be inferred from no values; give one explicitly", nameof(values));
        if (!(scale >= 0))
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "the scale must be non-negative");
        var m = values[0].Length;
        if (values.Any(v => v.Length != m || !v.All(double.IsFinite)))
            throw new ArgumentException($"every value must be {m} finite numbers", nameof(values));

        var front = ParetoFront.Select(values);
        var reference = new double[m];
        for (var j = 0; j < m; j++)
        {
            var nadir = double.PositiveInfinity;
            var ideal = double.NegativeInfinity;
            foreach (var i in front)
            {
                nadir = Math.Min(nadir, values[i][j]);
                ideal = Math.Max(ideal, values[i][j]);
            }
            var range = ideal > nadir ? ideal - nadir : Math.Abs(nadir) > 0 ? Math.Abs(nadir) : 1.0;
            // A front wider than the largest double (-1e308 to 1e308) takes its offset term by term; the reference stays finite.
            var offset = double.IsFinite(range) ? scale * range : scale * ideal - scale * nadir;
            reference[j] = Math.Max(nadir - offset, -double.MaxValue);
        }
        return reference;
    }

    /// <summary>
    /// A user's reference point, one value per objective in that metric's own direction (e.g. an upper bound on a
    /// minimized LUT count), turned to maximization.
    /// </summary>
    public static double[] ToMaximization(IReadOnlyList<double> reference, IReadOnlyList<Objective> objectives)
    {
        if (reference.Count != objectives.Count)
            throw new ArgumentException($"the reference point has {reference.Count} values for {objectives.Count} objectives", nameof(reference));
        var converted = new double[reference.Count];
        for (var i = 0; i < converted.Length; i++)
        {
            if (!double.IsFinite(reference[i]))
                throw new ArgumentException($"reference value for objective '{objectives[i].Name}' is {reference[i]}, not a finite number", nameof(reference));
            converted[i] = objectives[i].ToMaximization(reference[i]);
        }
        return converted;
    }
}
