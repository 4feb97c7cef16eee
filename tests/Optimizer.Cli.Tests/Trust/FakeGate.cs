using Akka.Actor;
using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Protocol;

namespace Optimizer.Cli.Tests.Trust;

/// <summary>
/// The gate of a fake coordinator without the study's secret: it answers a worker's admission request with a challenge
/// whose coordinator proof is made up, and at once sends a study of its own whose command would leave a mark.
/// </summary>
internal sealed class FakeGate : ReceiveActor
{
    public FakeGate(string studyText) =>
        Receive<RequestAdmission>(_ =>
        {
            Sender.Tell(new Admitted(studyText, "0123456789abcdef0123456789abcdef", "study.yaml", "study"));
            Sender.Tell(new AdmissionChallenge(StudySecret.NewNonce(), StudySecret.FromText("a guess").Prove(StudySecret.NewNonce(), "x")));
        });

    public static Props Props(string studyText) => Akka.Actor.Props.Create(() => new FakeGate(studyText));
}
