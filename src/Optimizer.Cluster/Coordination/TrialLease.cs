using Akka.Actor;

namespace Optimizer.Cluster.Coordination;

/// <summary>A running attempt held by one worker until <paramref name="Expires"/>; heartbeats move the deadline.</summary>
internal sealed record TrialLease(int Attempt, IActorRef Worker, DateTimeOffset Expires);
