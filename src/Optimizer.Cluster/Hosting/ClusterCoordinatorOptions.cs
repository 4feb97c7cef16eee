using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Coordination;

namespace Optimizer.Cluster.Hosting;

/// <summary>A coordinator in cluster mode: where it listens (the seed node workers join), the study's secret, its settings.</summary>
public sealed record ClusterCoordinatorOptions(NodeEndpoint Listen, StudySecret Secret, CoordinatorSettings Coordinator)
{
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How long leaving the cluster may take once the study has ended (workers have been told to stop).</summary>
    public TimeSpan LeaveTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
