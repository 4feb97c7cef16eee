using Optimizer.Cluster.Hosting;

namespace Optimizer.Cluster.Tests.Hosting;

public sealed class ClusterLogLinesTests
{
    private const string NonLocal =
        "Dropping message [Akka.Actor.ActorSelectionMessage] for non-local recipient [[akka.ssl.tcp://optimizer@localhost:4712/]] " +
        "arriving at [akka.ssl.tcp://optimizer@localhost:4712] inbound addresses [akka.ssl.tcp://optimizer@127.0.0.1:4712]";

    [Fact]
    public void A_worker_joining_another_name_of_the_coordinator_is_told_once_with_both_addresses_and_the_fix()
    {
        var lines = new ClusterLogLines();

        var said = Enumerable.Range(0, 20).Select(_ => lines.Line(NonLocal, null)).Where(l => l is not null).ToArray();

        var line = Assert.Single(said);
        Assert.Contains("as localhost:4712", line);
        Assert.Contains("listens as 127.0.0.1:4712", line);
        Assert.Contains("--join 127.0.0.1:4712", line);
    }

    [Fact]
    public void The_resolver_downing_every_node_is_one_short_line_without_its_reachability_dump()
    {
        var lines = new ClusterLogLines();
        const string message = "SBR double Akka.Cluster.SBR.DownIndirectlyConnected decision, downing all instead. originalReachability: " +
                               "[Reachability([akka.ssl.tcp://optimizer@127.0.0.1:39985 -> UniqueAddress: (akka.ssl.tcp://optimizer@127.0.0.1:45825, 80990369): Unreachable [Unreachable] (2)])]";

        var line = lines.Line(message, null);

        Assert.NotNull(line);
        Assert.StartsWith("the split-brain resolver cannot tell which nodes are cut off", line);
        Assert.DoesNotContain("Reachability", line);
    }

    [Fact]
    public void A_disassociation_is_one_line_without_the_stack_trace_and_its_echo_is_dropped()
    {
        var lines = new ClusterLogLines();
        const string message = "Association with remote system akka.ssl.tcp://optimizer@127.0.0.1:45647 has failed; address is now gated for 5000 ms. " +
                               "Reason is: [Akka.Remote.EndpointDisassociatedException: Disassociated\n   at Akka.Remote.EndpointWriter.PublishAndThrow(Exception reason)\n   at Akka.Actor.ActorCell.Invoke(Envelope envelope)]";

        Assert.Equal("lost the connection to akka.ssl.tcp://optimizer@127.0.0.1:45647 (it stopped or left)", lines.Line(message, null));
        Assert.Null(lines.Line("Disassociated", new InvalidOperationException("Disassociated")));
    }

    [Fact]
    public void An_unreachable_address_is_said_once_with_its_reason()
    {
        var lines = new ClusterLogLines();
        const string message = "Tried to associate with unreachable remote address [akka.ssl.tcp://optimizer@127.0.0.1:45647]. Address is now gated " +
                               "for 5000 ms, all messages to this address will be delivered to dead letters. Reason: [Connection refused ssl.tcp://optimizer@127.0.0.1:45647] ";

        Assert.Equal("cannot reach akka.ssl.tcp://optimizer@127.0.0.1:45647 (Connection refused ssl.tcp://optimizer@127.0.0.1:45647); trying again while it may come back",
            lines.Line(message, null));
        Assert.Null(lines.Line(message, null));
    }

    [Fact]
    public void Any_other_event_keeps_only_its_first_line_and_its_cause_message()
    {
        var lines = new ClusterLogLines();

        Assert.Equal("something broke: disk full", lines.Line("something broke\n   at Somewhere()", new IOException("disk full\n   at Elsewhere()")));
    }
}
