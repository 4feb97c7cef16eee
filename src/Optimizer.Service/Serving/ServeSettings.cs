namespace Optimizer.Service.Serving;

/// <summary>
/// How <see cref="ServedStudy"/> runs a study: how many trials in all (<paramref name="Budget"/>, failed ones
/// included) and how long a trial asked by a client stays its own without a heartbeat (<paramref name="LeaseTimeout"/>).
/// </summary>
public sealed record ServeSettings(int Budget, TimeSpan LeaseTimeout)
{
    /// <summary>Longest failure reason kept; a longer one is cut (the store is not a log file).</summary>
    public int MaxReasonLength { get; init; } = 4096;

    /// <summary>Seed of the posterior-mean model behind <c>recommend</c>.</summary>
    public int Seed { get; init; }
}
