using Akka.Configuration;
using Optimizer.Cluster.Protocol;

namespace Optimizer.Cluster.Hosting;

/// <summary>
/// HOCON of a cluster-mode actor system: Akka.Cluster over Akka.Remote (DotNetty TCP), the coordinator as the one seed
/// node, Akka's split-brain resolver with keep-oldest (the coordinator is the oldest member: an unreachable worker is
/// downed by the coordinator's side; a worker cut off from the coordinator downs itself and rejoins a fresh system;
/// never all nodes at once, however unstable),
/// every <see cref="IProtocolMessage"/> bound to <see cref="ProtocolSerializer"/> and anything else to
/// <see cref="RefusingSerializer"/>. A HOCON file named by the
/// environment variable <see cref="OverridesVariable"/> is laid over it (TLS for Akka.Remote, timeouts).
/// </summary>
internal static class ClusterConfig
{
    public const string SystemName = "optimizer";

    /// <summary>Role of the coordinator's node.</summary>
    public const string CoordinatorRole = "coordinator";

    /// <summary>Environment variable naming a HOCON file whose settings take precedence over these.</summary>
    public const string OverridesVariable = "OPTIMIZER_AKKA_CONFIG";

    public static Config ForCoordinator(NodeEndpoint listen, ClusterTransport transport) =>
        Build(listen, seed: transport.AddressOf(listen), CoordinatorRole, Config.Empty);

    /// <summary>A worker's system, which terminates when it has not joined the coordinator within <paramref name="joinTimeout"/>.</summary>
    public static Config ForWorker(NodeEndpoint listen, NodeEndpoint coordinator, TimeSpan joinTimeout, ClusterTransport transport) =>
        Build(listen, transport.AddressOf(coordinator), "worker", ConfigurationFactory.ParseString($$"""
            akka.cluster {
              seed-node-timeout = 2s
              shutdown-after-unsuccessful-join-seed-nodes = {{(int)joinTimeout.TotalMilliseconds}}ms
            }
            """));

    private static Config Build(NodeEndpoint listen, Akka.Actor.Address seed, string role, Config roleSettings)
    {
        var defaults = roleSettings.WithFallback(Defaults(listen, seed, role));
        var overrides = Environment.GetEnvironmentVariable(OverridesVariable);
        return string.IsNullOrEmpty(overrides) ? defaults : ConfigurationFactory.ParseString(File.ReadAllText(overrides)).WithFallback(defaults);
    }

    /// <summary>Logging of every actor system of ours, embedded or clustered: warnings and errors to stderr only, as stdout belongs to the command line.</summary>
    public static Config Quiet { get; } = ConfigurationFactory.ParseString($$"""
        akka {
          loglevel = WARNING
          stdout-loglevel = WARNING
          loggers = ["{{typeof(StandardErrorLogger).AssemblyQualifiedName}}"]
          log-dead-letters = off
          log-dead-letters-during-shutdown = off
          coordinated-shutdown.run-by-clr-shutdown-hook = off
        }
        """);

    private static Config Defaults(NodeEndpoint listen, Akka.Actor.Address seed, string role) => ConfigurationFactory.ParseString($$"""
        akka {
          actor {
            provider = cluster
            serializers.optimizer = "{{typeof(ProtocolSerializer).FullName}}, Optimizer.Cluster"
            # Akka's default serializer writes and reads any type by name: nothing of ours may travel under it.
            serializers.json = "{{typeof(RefusingSerializer).FullName}}, Optimizer.Cluster"
            serialization-bindings {
              "{{typeof(IProtocolMessage).FullName}}, Optimizer.Cluster" = optimizer
            }
          }
          remote {
            log-remote-lifecycle-events = off
            dot-netty.tcp {
              hostname = "{{listen.Host}}"
              port = {{listen.Port}}
              # A trial is a few small messages: send each at once rather than waiting to fill a batch.
              batching.enabled = false
            }
          }
          cluster {
            seed-nodes = ["{{seed}}"]
            roles = [{{role}}]
            log-info = off
            downing-provider-class = "Akka.Cluster.SBR.SplitBrainResolverProvider, Akka.Cluster"
            split-brain-resolver {
              active-strategy = keep-oldest
              stable-after = 5s
              keep-oldest.down-if-alone = off
              # Akka's default downs every node, the coordinator too, when reachability keeps changing: workers killed
              # or restarted a few seconds apart did that, and left a coordinator no worker could reach. The oldest
              # node decides alone under keep-oldest, so an unstable cluster only waits until it is stable again.
              down-all-when-unstable = off
            }
            run-coordinated-shutdown-when-down = on
          }
        }
        """).WithFallback(Quiet);
}
