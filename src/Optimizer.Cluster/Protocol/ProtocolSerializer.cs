using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Akka.Actor;
using Akka.Serialization;

namespace Optimizer.Cluster.Protocol;

/// <summary>
/// Writes every <see cref="IProtocolMessage"/> as UTF-8 JSON (System.Text.Json) under a manifest of our own,
/// <c>Name.Version</c> (<c>WorkAssigned.1</c>): no runtime type name crosses the wire, and a message that changes
/// shape gets a new manifest version, so an old peer fails to read it loudly instead of misreading it.
/// Registered in HOCON (see <c>Hosting/ClusterConfig</c>) with identifier <see cref="SerializerIdentifier"/>.
/// </summary>
public sealed class ProtocolSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>The serializer's identifier in <c>akka.actor.serialization-identifiers</c> (Akka reserves 0-40).</summary>
    public const int SerializerIdentifier = 7401;

    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new ParameterValueJsonConverter(), new JsonStringEnumConverter() },
    };

    private static readonly IReadOnlyDictionary<Type, string> Manifests = new Dictionary<Type, string>
    {
        [typeof(RequestAdmission)] = "RequestAdmission.2",
        [typeof(AdmissionChallenge)] = "AdmissionChallenge.2",
        [typeof(AdmissionProof)] = "AdmissionProof.1",
        [typeof(Admitted)] = "Admitted.1",
        [typeof(RegisterWorker)] = "RegisterWorker.1",
        [typeof(WorkerRegistered)] = "WorkerRegistered.1",
        [typeof(RegistrationRefused)] = "RegistrationRefused.1",
        [typeof(RequestWork)] = "RequestWork.1",
        [typeof(WorkAssigned)] = "WorkAssigned.1",
        [typeof(NoWorkYet)] = "NoWorkYet.1",
        [typeof(Heartbeat)] = "Heartbeat.1",
        [typeof(TrialSucceeded)] = "TrialSucceeded.2",
        [typeof(TrialFailed)] = "TrialFailed.2",
        [typeof(ResultRecorded)] = "ResultRecorded.1",
        [typeof(StudyFinished)] = "StudyFinished.1",
        [typeof(IntermediateReported)] = "IntermediateReported.1",
        [typeof(IntermediateRecorded)] = "IntermediateRecorded.1",
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
        return JsonSerializer.Deserialize(bytes, type, Json)
               ?? throw new SerializationException($"an empty {manifest} message");
    }
}
