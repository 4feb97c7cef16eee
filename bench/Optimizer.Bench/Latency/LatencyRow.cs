namespace Optimizer.Bench.Latency;

/// <summary>
/// Proposal wall times at <paramref name="N"/> observations in <paramref name="D"/> dimensions with <paramref name="Pending"/>
/// points in flight: median, 90% quantile and mean over <paramref name="Repeats"/> consecutive proposals of one strategy
/// instance (its own refit schedule included; <paramref name="GapMs"/> of wall time before each), and <paramref name="RefitMs"/>, one fresh instance's first proposal (a full fit).
/// </summary>
public sealed record LatencyRow(
    string Strategy,
    int N,
    int D,
    int Pending,
    int Repeats,
    int GapMs,
    double MedianMs,
    double P90Ms,
    double MeanMs,
    double RefitMs);
