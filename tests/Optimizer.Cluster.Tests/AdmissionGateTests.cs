using Akka.Actor;
using Akka.TestKit;
using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Protocol;

namespace Optimizer.Cluster.Tests;

public sealed class AdmissionGateTests : Akka.TestKit.Xunit2.TestKit
{
    private static readonly StudySecret Secret = StudySecret.FromText("correct horse battery staple");
    private const string StudyId = "5f0c9e2a7b3d41e8a6c2d9f0b1e4a7c3";
    private static readonly Admitted Admission = new("parameters: []", StudyId, "bdt-trigger.yaml", "bdt-trigger");

    private static readonly string NodeNonce = StudySecret.NewNonce();

    private string GateAddress => ((ExtendedActorSystem)Sys).Provider.DefaultAddress.ToString();

    [Fact]
    public void A_node_proving_the_secret_is_admitted_by_the_coordinator_with_the_study_its_file_name_and_its_name()
    {
        var coordinator = CreateTestProbe();
        var gate = Sys.ActorOf(AdmissionGate.Props(coordinator.Ref, Secret, Admission));
        var node = CreateTestProbe();

        gate.Tell(new RequestAdmission("gpu-01", ProtocolVersion.Current, NodeNonce), node.Ref);
        var challenge = node.ExpectMsg<AdmissionChallenge>();
        gate.Tell(new AdmissionProof("gpu-01", challenge.Nonce, Secret.Prove(challenge.Nonce, "gpu-01")), node.Ref);

        Assert.Equal(Admission, node.ExpectMsg<Admitted>());
        Assert.Equal(coordinator.Ref, node.LastSender);
        Assert.Equal(node.Ref.Path.Address, coordinator.ExpectMsg<NodeAdmitted>().Address);
    }

    [Fact]
    public void A_node_that_asks_again_before_answering_is_admitted_once_by_the_proof_of_either_challenge()
    {
        var coordinator = CreateTestProbe();
        var gate = Sys.ActorOf(AdmissionGate.Props(coordinator.Ref, Secret, Admission));
        var node = CreateTestProbe();

        gate.Tell(new RequestAdmission("gpu-01", ProtocolVersion.Current, NodeNonce), node.Ref);
        gate.Tell(new RequestAdmission("gpu-01", ProtocolVersion.Current, NodeNonce), node.Ref);
        var first = node.ExpectMsg<AdmissionChallenge>();
        var second = node.ExpectMsg<AdmissionChallenge>();
        gate.Tell(new AdmissionProof("gpu-01", first.Nonce, Secret.Prove(first.Nonce, "gpu-01")), node.Ref);
        gate.Tell(new AdmissionProof("gpu-01", second.Nonce, Secret.Prove(second.Nonce, "gpu-01")), node.Ref);

        Assert.Equal(first.Nonce, second.Nonce);
        node.ExpectMsg<Admitted>();
        // The gate answers in order: a second admission (or a refusal) of the repeated proof would come before this challenge.
        gate.Tell(new RequestAdmission("gpu-01", ProtocolVersion.Current, NodeNonce), node.Ref);
        node.ExpectMsg<AdmissionChallenge>();
        coordinator.ExpectMsg<NodeAdmitted>();
        Assert.False(coordinator.HasMessages, "the node was reported admitted twice");
    }

    [Fact]
    public void The_challenge_proves_the_coordinator_holds_the_secret_for_this_node_nonce_and_address()
    {
        var gate = Sys.ActorOf(AdmissionGate.Props(CreateTestProbe().Ref, Secret, Admission));

        gate.Tell(new RequestAdmission("gpu-01", ProtocolVersion.Current, NodeNonce), TestActor);
        var mac = ExpectMsg<AdmissionChallenge>().CoordinatorMac;

        Assert.True(Secret.VerifiesCoordinator(NodeNonce, GateAddress, "gpu-01", mac));
        Assert.False(Secret.VerifiesCoordinator(StudySecret.NewNonce(), GateAddress, "gpu-01", mac));
        Assert.False(Secret.VerifiesCoordinator(NodeNonce, "akka.tcp://optimizer@10.0.0.66:4053", "gpu-01", mac));
        Assert.False(Secret.VerifiesCoordinator(NodeNonce, GateAddress, "gpu-02", mac));
        Assert.False(Secret.Verifies(NodeNonce, "gpu-01", mac));
        Assert.False(StudySecret.FromText("guess").VerifiesCoordinator(NodeNonce, GateAddress, "gpu-01", mac));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void A_request_without_a_valid_nonce_is_refused_without_a_challenge(string nonce)
    {
        var coordinator = CreateTestProbe();
        var gate = Sys.ActorOf(AdmissionGate.Props(coordinator.Ref, Secret, Admission));

        gate.Tell(new RequestAdmission("gpu-01", ProtocolVersion.Current, nonce), TestActor);

        Assert.Contains("nonce", ExpectMsg<RegistrationRefused>().Reason);
        AssertCoordinatorToldNothing(gate, coordinator);
    }

    [Fact]
    public void A_node_with_a_wrong_secret_is_refused_and_never_reported_to_the_coordinator()
    {
        var coordinator = CreateTestProbe();
        var gate = Sys.ActorOf(AdmissionGate.Props(coordinator.Ref, Secret, Admission));
        var node = CreateTestProbe();
        var wrong = StudySecret.FromText("guess");

        gate.Tell(new RequestAdmission("intruder", ProtocolVersion.Current, NodeNonce), node.Ref);
        var challenge = node.ExpectMsg<AdmissionChallenge>();
        gate.Tell(new AdmissionProof("intruder", challenge.Nonce, wrong.Prove(challenge.Nonce, "intruder")), node.Ref);

        Assert.Equal("admission refused: wrong secret", node.ExpectMsg<RegistrationRefused>().Reason);
        AssertCoordinatorToldNothing(gate, coordinator);
    }

    [Fact]
    public void A_replayed_proof_for_another_nonce_or_name_is_refused()
    {
        var coordinator = CreateTestProbe();
        var gate = Sys.ActorOf(AdmissionGate.Props(coordinator.Ref, Secret, Admission));
        var node = CreateTestProbe();
        var oldNonce = StudySecret.NewNonce();

        gate.Tell(new RequestAdmission("gpu-01", ProtocolVersion.Current, NodeNonce), node.Ref);
        node.ExpectMsg<AdmissionChallenge>();
        gate.Tell(new AdmissionProof("gpu-01", oldNonce, Secret.Prove(oldNonce, "gpu-01")), node.Ref);

        node.ExpectMsg<RegistrationRefused>();
        AssertCoordinatorToldNothing(gate, coordinator);
    }

    [Fact]
    public void A_node_speaking_another_protocol_version_is_refused_without_a_challenge()
    {
        var gate = Sys.ActorOf(AdmissionGate.Props(CreateTestProbe().Ref, Secret, Admission));

        gate.Tell(new RequestAdmission("old", ProtocolVersion.Current - 1, NodeNonce), TestActor);

        Assert.Contains("protocol version", ExpectMsg<RegistrationRefused>().Reason);
    }

    // The gate handles one message at a time, and a probe receives on the sender's thread: once the gate has answered a
    // later request, whatever it told the coordinator while handling the earlier ones is in the coordinator's probe.
    private void AssertCoordinatorToldNothing(IActorRef gate, TestProbe coordinator)
    {
        var witness = CreateTestProbe();
        gate.Tell(new RequestAdmission("witness", ProtocolVersion.Current, StudySecret.NewNonce()), witness.Ref);
        witness.ExpectMsg<AdmissionChallenge>();
        Assert.False(coordinator.HasMessages, "the gate told the coordinator of a node it did not admit");
    }

    [Fact]
    public void The_proof_depends_on_secret_nonce_and_name()
    {
        var nonce = StudySecret.NewNonce();
        var proof = Secret.Prove(nonce, "gpu-01");

        Assert.True(Secret.Verifies(nonce, "gpu-01", proof));
        Assert.False(Secret.Verifies(nonce, "gpu-02", proof));
        Assert.False(Secret.Verifies(StudySecret.NewNonce(), "gpu-01", proof));
        Assert.False(StudySecret.FromText("other").Verifies(nonce, "gpu-01", proof));
    }
}
