namespace Optimizer.Cluster.Workers;

/// <summary>How often a worker renews its lease while evaluating, and how long it waits after <c>NoWorkYet</c>.</summary>
public sealed record WorkerSettings
{
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
}
