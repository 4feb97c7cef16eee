namespace Optimizer.Cluster.Protocol;

// Admission of a worker node into a study (cluster mode): a mutual challenge-response over the study's secret,
// which itself never crosses the wire. Refusal is a RegistrationRefused.

/// <summary>
/// A worker node speaking protocol <paramref name="Version"/> asks the coordinator's gate to be admitted;
/// <paramref name="Nonce"/> (base64, random) is what the coordinator must prove the secret over.
/// </summary>
public sealed record RequestAdmission(string Name, int Version, string Nonce) : IProtocolMessage;

/// <summary>
/// The gate's random nonce (base64), which the node must answer with <see cref="AdmissionProof"/>, and the coordinator's
/// own proof (<see cref="Admission.StudySecret.ProveCoordinator"/>) over the node's nonce: a node answers only a gate that holds the secret.
/// </summary>
public sealed record AdmissionChallenge(string Nonce, string CoordinatorMac) : IProtocolMessage;

/// <summary>
/// HMAC-SHA256(secret, nonce || UTF-8 name), base64: proves the node holds the study's secret
/// for this nonce and this name.
/// </summary>
public sealed record AdmissionProof(string Name, string Nonce, string Mac) : IProtocolMessage;

/// <summary>
/// The node is admitted: its slots may register with the sender of this message (the coordinator).
/// <paramref name="DefinitionText"/> is the study file, from which the node builds its evaluator; <paramref name="StudyId"/>
/// the identity of the coordinator's store, which names the node's trial directories (<see cref="Evaluators.StudyTrialsRoot"/>);
/// <paramref name="StudyOrigin"/> the coordinator's study file name, which the node's errors name, and <paramref name="StudyName"/>
/// the study's name as the coordinator resolved it (a file without <c>name</c> is named after its file on both sides).
/// </summary>
public sealed record Admitted(string DefinitionText, string StudyId, string StudyOrigin, string StudyName) : IProtocolMessage;
