namespace Optimizer.Bench.Quality;

/// <summary>
/// The best value found after <paramref name="Evaluations"/> evaluations, summarized over <paramref name="Seeds"/> runs:
/// median and the 25% and 75% quantiles.
/// </summary>
public sealed record QualityRow(
    string Problem,
    string Strategy,
    string Mode,
    int Pending,
    int Evaluations,
    double Median,
    double Q25,
    double Q75,
    int Seeds);
