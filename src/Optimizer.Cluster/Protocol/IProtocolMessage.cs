namespace Optimizer.Cluster.Protocol;

/// <summary>
/// Marks a message that crosses process boundaries: bound in HOCON to <see cref="ProtocolSerializer"/>, which
/// writes it as JSON under a manifest naming its type and version, never a runtime type name.
/// </summary>
public interface IProtocolMessage;
