using Optimizer.Cluster.Workers;

namespace Optimizer.Cluster.Hosting;

/// <summary>
/// A worker process in cluster mode: the node it runs (<paramref name="Node"/>), where it listens (the coordinator must
/// reach this host; port 0 picks a free port), the coordinator it joins and how (the coordinator's transport).
/// </summary>
public sealed record ClusterWorkerOptions(WorkerNodeOptions Node, NodeEndpoint Listen, NodeEndpoint Join, ClusterTransport Transport)
{
    /// <summary>First pause before rejoining after the coordinator was lost; doubled after each attempt that is not admitted.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest pause between two attempts to rejoin.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the worker keeps trying to reach a coordinator that admits it (after starting, or after losing one)
    /// before it gives up: a coordinator that finished the study, or never came back, does not keep workers alive forever.
    /// </summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>One attempt to join: at most 20 s, and no longer than <see cref="GiveUpAfter"/>.</summary>
    public TimeSpan JoinTimeout => GiveUpAfter < TimeSpan.FromSeconds(20) ? GiveUpAfter : TimeSpan.FromSeconds(20);

    /// <summary>How long leaving the cluster may take once the study is finished.</summary>
    public TimeSpan LeaveTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
