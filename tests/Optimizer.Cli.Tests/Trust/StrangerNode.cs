using Akka.Actor;
using Akka.Configuration;
using Optimizer.Cluster.Hosting;

namespace Optimizer.Cli.Tests.Trust;

/// <summary>
/// An actor system of the test itself on 127.0.0.1, as a hostile user on the same machine would start one: it joins the
/// coordinator's cluster as a seed node would, with Akka's default serializer back in place so it can send any type.
/// </summary>
internal sealed class StrangerNode : IDisposable
{
    private StrangerNode(ActorSystem system, ClusterTransport transport)
    {
        System = system;
        Transport = transport;
    }

    public ActorSystem System { get; }

    public ClusterTransport Transport { get; }

    public Address Address => Akka.Cluster.Cluster.Get(System).SelfAddress;

    /// <summary>A node that tries to join the coordinator at <paramref name="coordinator"/> over <paramref name="transport"/>.</summary>
    public static StrangerNode Joining(NodeEndpoint coordinator, ClusterTransport transport) =>
        Start(transport, ClusterConfig.ForWorker(new NodeEndpoint("127.0.0.1", 0), coordinator, TimeSpan.FromMinutes(2), transport));

    /// <summary>A node that is its own seed at <paramref name="listen"/>, as a fake coordinator.</summary>
    public static StrangerNode Seed(NodeEndpoint listen, ClusterTransport transport) =>
        Start(transport, ClusterConfig.ForCoordinator(listen, transport));

    /// <summary>The actor at <paramref name="path"/> (<c>/user/coordinator</c>) on <paramref name="node"/>, or null if it cannot be reached in time.</summary>
    public async Task<IActorRef?> IdentifyAsync(NodeEndpoint node, string path, TimeSpan timeout)
    {
        try
        {
            var identity = await System.ActorSelection($"{Transport.AddressOf(node)}{path}").Ask<ActorIdentity>(new Identify(path), timeout);
            return identity.Subject;
        }
        catch (AskTimeoutException)
        {
            return null;
        }
    }

    public void Dispose() => System.Terminate().Wait(TimeSpan.FromSeconds(10));

    private static StrangerNode Start(ClusterTransport transport, Config config)
    {
        var anySerializer = ConfigurationFactory.ParseString("""akka.actor.serializers.json = "Akka.Serialization.NewtonSoftJsonSerializer, Akka" """);
        return new StrangerNode(ActorSystem.Create(ClusterConfig.SystemName, transport.Setup(anySerializer.WithFallback(config))), transport);
    }
}
