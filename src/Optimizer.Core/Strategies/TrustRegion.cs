namespace Optimizer.Core.Strategies;

/// <summary>
/// The trust region's side L as a pure function of the history: the finished outcomes are replayed in their order, the
/// first <c>design</c> of them setting the best, every later one a success (it beats the best by more than
/// 1e-3 |best|) or a failure (a failed trial too). Eriksson et al. NeurIPS 2019 (TuRBO-1, its counters and restart);
/// a restart here keeps the centre at the best point overall instead of drawing a new design.
/// </summary>
internal static class TrustRegion
{
    private const double RelativeImprovement = 1e-3;

    /// <param name="outcomes">the objective of each finished trial in history order, larger is better; null: the trial failed.</param>
    /// <param name="design">leading outcomes that only set the best (the initial design).</param>
    /// <param name="failureTolerance">consecutive failures that halve L.</param>
    /// <returns>L after each outcome past the design (empty when there is none).</returns>
    public static IReadOnlyList<double> Lengths(IReadOnlyList<double?> outcomes, int design, TrustRegionOptions options, int failureTolerance)
    {
        var best = double.NegativeInfinity;
        for (var i = 0; i < Math.Min(design, outcomes.Count); i++)
            if (outcomes[i] is { } y) best = Math.Max(best, y);
        var length = options.InitialLength;
        var (successes, failures) = (0, 0);
        var lengths = new List<double>();
        for (var i = design; i < outcomes.Count; i++)
        {
            if (outcomes[i] is { } y && (double.IsNegativeInfinity(best) || y > best + RelativeImprovement * Math.Abs(best)))
                (successes, failures) = (successes + 1, 0);
            else
                (successes, failures) = (0, failures + 1);
            if (outcomes[i] is { } value) best = Math.Max(best, value);
            if (successes == options.SuccessTolerance)
                (length, successes) = (Math.Min(2 * length, options.MaxLength), 0);
            if (failures == failureTolerance)
                (length, failures) = (length / 2, 0);
            if (length < options.MinLength)
                (length, successes, failures) = (options.InitialLength, 0, 0);
            lengths.Add(length);
        }
        return lengths;
    }

    /// <summary>L after the whole history: the last of <see cref="Lengths"/>, or the initial side before any model-based outcome.</summary>
    public static double Length(IReadOnlyList<double?> outcomes, int design, TrustRegionOptions options, int failureTolerance) =>
        Lengths(outcomes, design, options, failureTolerance) is { Count: > 0 } lengths ? lengths[^1] : options.InitialLength;
}
