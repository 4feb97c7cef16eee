namespace Optimizer.Bench.Quality;

/// <summary>
/// The incumbent's (noise-free) value after <paramref name="Evaluations"/> evaluations, summarized over <paramref name="Seeds"/>
/// runs: median and the 25% and 75% quantiles; <paramref name="Regret"/> is the median simple regret
/// |optimum - value| where the optimum is known and regret was asked for, else null; <paramref name="Worst"/> is the
/// worst seed's value (a seed stuck in a local optimum shows here), <paramref name="Values"/> every seed's value and
/// <paramref name="PerSeedRegret"/> every seed's regret (null where the regret is).
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
    double? Regret,
    double Worst,
    int Seeds,
    IReadOnlyList<double> Values,
    IReadOnlyList<double>? PerSeedRegret);
