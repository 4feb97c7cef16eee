using Akka.Actor;

namespace Optimizer.Cluster.Coordination;

/// <summary>A worker slot waiting for a trial since <paramref name="Since"/>; answered as soon as one is queued.</summary>
internal sealed record WaitingRequest(IActorRef Worker, string WorkerName, DateTimeOffset Since);
