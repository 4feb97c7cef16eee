using System.Runtime.Serialization;
using Akka.Actor;
using Akka.Configuration;
using Akka.Serialization;

namespace Optimizer.Cluster.Protocol;

/// <summary>
/// Takes the place of Akka's default (Newtonsoft JSON) serializer in cluster mode, which would write and read any .NET
/// type by its runtime name: a message that is not of the protocol (<see cref="StopStudy"/>, an internal record) is not
/// sent, and a peer's message under that serializer is not read. Akka's own messages keep their own serializers.
/// </summary>
public sealed class RefusingSerializer : Serializer
{
    public RefusingSerializer(ExtendedActorSystem system)
        : base(system)
    {
    }

    /// <summary>The constructor Akka calls in place of its JSON serializer, which has settings (ignored here).</summary>
    public RefusingSerializer(ExtendedActorSystem system, Config settings)
        : this(system) => _ = settings;

    /// <summary>Identifier in <c>akka.actor.serialization-identifiers</c>; Akka's JSON serializer (1) is left unregistered.</summary>
    public const int SerializerIdentifier = 7402;

    public override int Identifier => SerializerIdentifier;

    public override bool IncludeManifest => false;

    public override byte[] ToBinary(object obj) =>
        throw new SerializationException($"{obj.GetType().Name} is not a message of the optimizer protocol and never leaves its process");

    public override object FromBinary(byte[] bytes, Type type) =>
        throw new SerializationException("a peer sent a message that is not of the optimizer protocol: dropped");
}
