using Akka.Actor;
using Akka.Event;
using Optimizer.Cluster.Protocol;

namespace Optimizer.Cluster.Admission;

/// <summary>
/// Admits worker nodes to a study (cluster mode): answers <see cref="RequestAdmission"/> with a fresh nonce and its own
/// proof over the node's nonce and this coordinator's address (the node checks it), checks the node's HMAC over the
/// fresh nonce, then tells the coordinator the node's address (<see cref="NodeAdmitted"/>) and sends the node
/// <c>admission</c> (the study file, its name and origin, the store's identity) on the coordinator's behalf. A wrong proof is refused with "admission refused: wrong secret".
/// </summary>
internal sealed class AdmissionGate : ReceiveActor
{
    /// <summary>Refusal of a node whose proof does not match the study's secret; the worker prints it and exits non-zero.</summary>
    public const string WrongSecret = "admission refused: wrong secret";

    private readonly Dictionary<IActorRef, (string Name, string Nonce)> _challenges = [];
    private readonly HashSet<IActorRef> _admitted = [];
    private readonly ILoggingAdapter _log = Context.GetLogger();

    public AdmissionGate(IActorRef coordinator, StudySecret secret, Admitted admission)
    {
        var selfAddress = ((ExtendedActorSystem)Context.System).Provider.DefaultAddress.ToString();
        Receive<RequestAdmission>(m =>
        {
            if (m.Version != ProtocolVersion.Current)
            {
                Sender.Tell(new RegistrationRefused($"admission refused: protocol version {m.Version} is not {ProtocolVersion.Current}"));
                return;
            }
            if (!IsNonce(m.Nonce))
            {
                _log.Warning("worker node {0} at {1} refused: its admission request has no valid nonce", m.Name, Sender.Path.Address);
                Sender.Tell(new RegistrationRefused("admission refused: the request has no valid nonce"));
                return;
            }
            // A node that asks again before it answered (its retry timer under load) gets the same nonce, so the proof of
            // either challenge it received still holds.
            var nonce = _challenges.TryGetValue(Sender, out var outstanding) && outstanding.Name == m.Name ? outstanding.Nonce : StudySecret.NewNonce();
            _challenges[Sender] = (m.Name, nonce);
            Sender.Tell(new AdmissionChallenge(nonce, secret.ProveCoordinator(m.Nonce, selfAddress, m.Name)));
        });
        Receive<AdmissionProof>(m =>
        {
            if (!_challenges.ContainsKey(Sender) && _admitted.Contains(Sender))
            {
                _log.Debug("worker node {0} at {1} answered a repeated challenge after its admission: ignored", m.Name, Sender.Path.Address);
                return;
            }
            var proven = _challenges.Remove(Sender, out var challenge)
                         && challenge.Nonce == m.Nonce && challenge.Name == m.Name
                         && secret.Verifies(m.Nonce, m.Name, m.Mac);
            if (!proven)
            {
                _log.Warning("worker node {0} at {1} refused: wrong secret", m.Name, Sender.Path.Address);
                Sender.Tell(new RegistrationRefused(WrongSecret));
                return;
            }
            _admitted.Add(Sender);
            _log.Info("worker node {0} at {1} admitted", m.Name, Sender.Path.Address);
            coordinator.Tell(new NodeAdmitted(Sender.Path.Address));
            Sender.Tell(admission, coordinator);
        });
    }

    private static bool IsNonce(string? nonce)
    {
        Span<byte> bytes = stackalloc byte[StudySecret.NonceBytes];
        return nonce is not null && Convert.TryFromBase64String(nonce, bytes, out var length) && length == StudySecret.NonceBytes;
    }

    public static Props Props(IActorRef coordinator, StudySecret secret, Admitted admission) =>
        Akka.Actor.Props.Create(() => new AdmissionGate(coordinator, secret, admission));
}
