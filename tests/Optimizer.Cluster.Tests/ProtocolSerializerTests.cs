using Akka.Actor;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Space;

namespace Optimizer.Cluster.Tests;

public sealed class ProtocolSerializerTests : Akka.TestKit.Xunit2.TestKit
{
    public static TheoryData<IProtocolMessage> Messages() =>
    [
        new RequestAdmission("gpu-01", ProtocolVersion.Current, "bm9uY2U="),
        new AdmissionChallenge("bm9uY2U=", "bWFj"),
        new AdmissionProof("gpu-01", "bm9uY2U=", "bWFj"),
        new Admitted("parameters: []\n", "0123456789abcdef0123456789abcdef", "bdt-trigger.yaml", "bdt-trigger"),
        new RegisterWorker("gpu-01/2", ProtocolVersion.Current),
        WorkerRegistered.Instance,
        new RegistrationRefused("admission refused: wrong secret"),
        new RequestWork("gpu-01/2"),
        NoWorkYet.Instance,
        new Heartbeat(3, 2),
        new TrialFailed(3, 2, "exit code 1", 0.25, "epoch 1 <b>\"ok\"</b>", "Traceback \uFFFD"),
        new ResultRecorded(3, 2),
        new StudyFinished(StudyOutcome.TooManyFailures),
        new IntermediateRecorded(3, 2, 9, Stop: true),
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_message_survives_the_round_trip_under_its_own_manifest(IProtocolMessage message)
    {
        var serializer = new ProtocolSerializer((ExtendedActorSystem)Sys);

        var manifest = serializer.Manifest(message);
        var copy = serializer.FromBinary(serializer.ToBinary(message), manifest);

        Assert.Equal(message, copy);
        Assert.DoesNotContain("Optimizer", manifest);
    }

    [Fact]
    public void Assigned_parameters_and_reported_values_keep_numbers_and_choices()
    {
        var serializer = new ProtocolSerializer((ExtendedActorSystem)Sys);
        var work = new WorkAssigned(5, 1, new Dictionary<string, ParameterValue>
        {
            ["lr"] = ParameterValue.Of(0.1 + 0.2),
            ["booster"] = ParameterValue.Of("dart"),
        });
        var result = new TrialSucceeded(5, 1, new Dictionary<string, double> { ["auc"] = 0.9123456789012345 }, 1.5, "done\n", "");

        var workCopy = (WorkAssigned)serializer.FromBinary(serializer.ToBinary(work), serializer.Manifest(work));
        var resultCopy = (TrialSucceeded)serializer.FromBinary(serializer.ToBinary(result), serializer.Manifest(result));

        Assert.Equal(work.Parameters, workCopy.Parameters);
        Assert.Equal("""{"TrialNumber":5,"Attempt":1,"Parameters":{"lr":0.30000000000000004,"booster":"dart"}}""",
            System.Text.Encoding.UTF8.GetString(serializer.ToBinary(work)));
        Assert.Equal("WorkAssigned", serializer.Manifest(work));
        Assert.Equal(result.Values, resultCopy.Values);
        Assert.Equal((result.Stdout, result.Stderr), (resultCopy.Stdout, resultCopy.Stderr));
        var report = new IntermediateReported(5, 1, 3, new Dictionary<string, double> { ["val_loss"] = 0.41 });
        var reportCopy = (IntermediateReported)serializer.FromBinary(serializer.ToBinary(report), serializer.Manifest(report));
        Assert.Equal((5, 1, 3), (reportCopy.TrialNumber, reportCopy.Attempt, reportCopy.Step));
        Assert.Equal(report.Values, reportCopy.Values);
    }

    [Fact]
    public void The_serializer_is_bound_to_protocol_messages_in_cluster_configuration()
    {
        using var system = ActorSystem.Create("bound", Optimizer.Cluster.Hosting.ClusterConfig.ForWorker(new("127.0.0.1", 0), new("127.0.0.1", 1), TimeSpan.FromSeconds(20),
            Optimizer.Cluster.Hosting.ClusterTransport.PlainTcp));

        var serializer = system.Serialization.FindSerializerFor(new Heartbeat(1, 1));

        Assert.IsType<ProtocolSerializer>(serializer);
    }

    [Fact]
    public void Nothing_outside_the_protocol_can_be_written_or_read_under_the_default_serializer_in_cluster_configuration()
    {
        using var system = ActorSystem.Create("bound", Optimizer.Cluster.Hosting.ClusterConfig.ForWorker(new("127.0.0.1", 0), new("127.0.0.1", 1),
            TimeSpan.FromSeconds(20), Optimizer.Cluster.Hosting.ClusterTransport.PlainTcp));

        foreach (var message in new object[] { StopStudy.Instance, new NodeAdmitted(new Address("akka.tcp", "optimizer", "10.0.0.66", 4053)) })
        {
            var serializer = system.Serialization.FindSerializerFor(message);
            Assert.IsType<RefusingSerializer>(serializer);
            Assert.Throws<System.Runtime.Serialization.SerializationException>(() => serializer.ToBinary(message));
        }
        // A peer's message under Akka's JSON serializer (identifier 1) finds no serializer here.
        Assert.ThrowsAny<Exception>(() => system.Serialization.Deserialize("{}"u8.ToArray(), 1, typeof(StopStudy).AssemblyQualifiedName));
    }
}
