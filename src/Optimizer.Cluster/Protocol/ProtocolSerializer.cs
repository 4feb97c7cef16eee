using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Akka.Actor;
using Akka.Serialization;

namespace Optimizer.Cluster.Protocol;

/// <summary>
/// Writes every <see cref="IProtocolMessage"/> as UTF-8 JSON (System.Text.Json) under a manifest of our own, the
/// message's name (<c>WorkAssigned</c>): no runtime type name crosses the wire. Shapes are versioned as one protocol,
/// <see cref="ProtocolVersion"/>, which admission and registration check, so a peer of another version is refused
/// with a reason before any other message is exchanged; a name this version does not know fails loudly.
/// Registered in HOCON (see <c>Hosting/ClusterConfig</c>) with identifier <see cref="SerializerIdentifier"/>.
/// </summary>
public sealed class ProtocolSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>The serializer's identifier in <c>akka.actor.serialization-identifiers</c> (Akka reserves 0-40).</summary>
    public const int SerializerIdentifier = 7401;

    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new ParameterValueJsonConverter(), new AssignmentJsonConverter(), new JsonStringEnumConverter() },
    };

    private static readonly IReadOnlyDictionary<Type, string> Manifests = new Dictionary<Type, string>
    {
        [typeof(RequestAdmission)] = "RequestAdmission",
        [typeof(AdmissionChallenge)] = "AdmissionChallenge",
        [typeof(AdmissionProof)] = "AdmissionProof",
        [typeof(Admitted)] = "Admitted",
        [typeof(RegisterWorker)] = "RegisterWorker",
        [typeof(WorkerRegistered)] = "WorkerRegistered",
        [typeof(RegistrationRefused)] = "RegistrationRefused",
        [typeof(RequestWork)] = "RequestWork",
        [typeof(WorkAssigned)] = "WorkAssigned",
        [typeof(NoWorkYet)] = "NoWorkYet",
        [typeof(Heartbeat)] = "Heartbeat",
        [typeof(TrialSucceeded)] = "TrialSucceeded",
        [typeof(TrialFailed)] = "TrialFailed",
        [typeof(ResultRecorded)] = "ResultRecorded",
        [typeof(StudyFinished)] = "StudyFinished",
        [typeof(IntermediateReported)] = "IntermediateReported",
        [typeof(IntermediateRecorded)] = "IntermediateRecorded",
    };

    private static readonly IReadOnlyDictionary<string, Type> Types = Manifests.ToDictionary(m => m.Value, m => m.Key);

    public override int Identifier => SerializerIdentifier;

    public override string Manifest(object o) =>
        Manifests.TryGetValue(o.GetType(), out var manifest)
            ? manifest
            : throw new SerializationException($"{o.GetType().Name} is not a message of the optimizer protocol");

    public override byte[] ToBinary(object obj)
    {
        _ = Manifest(obj);
        return JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), Json);
    }

    public override object FromBinary(byte[] bytes, string manifest)
    {
        if (!Types.TryGetValue(manifest, out var type))
            throw new SerializationException(
                $"unknown optimizer protocol message '{manifest}': the peer runs another version of the optimizer");
        if (type == typeof(NoWorkYet))
            return NoWorkYet.Instance;
        if (type == typeof(WorkerRegistered))
            return WorkerRegistered.Instance;
        return JsonSerializer.Deserialize(bytes, type, Json)
               ?? throw new SerializationException($"an empty {manifest} message");
    }
}
