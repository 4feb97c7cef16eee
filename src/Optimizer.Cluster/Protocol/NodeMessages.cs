using Akka.Actor;

namespace Optimizer.Cluster.Protocol;

// Messages from the coordinator's own node (admission gate, membership watch) to the coordinator; never remote.

/// <summary>The node at <paramref name="Address"/> proved it holds the study's secret: its workers may register.</summary>
internal sealed record NodeAdmitted(Address Address);

/// <summary>The node at <paramref name="Address"/> left the cluster or was downed: its trials are queued again.</summary>
internal sealed record NodeLost(Address Address);
