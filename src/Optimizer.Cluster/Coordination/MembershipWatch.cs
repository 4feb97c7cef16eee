using Akka.Actor;
using Akka.Cluster;
using Optimizer.Cluster.Protocol;

namespace Optimizer.Cluster.Coordination;

/// <summary>
/// Tells the coordinator when a node leaves the cluster (<see cref="NodeLost"/>): after a graceful leave, or after the
/// split-brain resolver downed an unreachable one. DeathWatch on each worker says the same; whichever comes first re-queues.
/// </summary>
internal sealed class MembershipWatch : ReceiveActor
{
    public MembershipWatch(IActorRef coordinator) =>
        Receive<ClusterEvent.MemberRemoved>(m => coordinator.Tell(new NodeLost(m.Member.Address)));

    public static Props Props(IActorRef coordinator) => Akka.Actor.Props.Create(() => new MembershipWatch(coordinator));

    protected override void PreStart() =>
        Akka.Cluster.Cluster.Get(Context.System).Subscribe(Self, ClusterEvent.InitialStateAsEvents, typeof(ClusterEvent.MemberRemoved));

    protected override void PostStop() => Akka.Cluster.Cluster.Get(Context.System).Unsubscribe(Self);
}
