using Optimizer.Core.Space;

namespace Optimizer.Cluster.Protocol;

// Messages a worker sends to the coordinator. Plain records of primitives and dictionaries,
// so that an explicit serializer can carry them between processes.

/// <summary>A worker (one evaluation slot) introduces itself: its name (shown in the store) and the protocol it speaks.</summary>
public sealed record RegisterWorker(string Name, int Version) : IProtocolMessage;

/// <summary>A free worker asks for a trial; the coordinator answers when it has one.</summary>
public sealed record RequestWork(string Worker) : IProtocolMessage;

/// <summary>An evaluation produced every required metric.</summary>
/// <param name="EvaluationSeconds">How long the evaluation took on the worker (wall clock).</param>
public sealed record TrialSucceeded(int TrialNumber, int Attempt, IReadOnlyDictionary<string, double> Values, double EvaluationSeconds) : IProtocolMessage;

/// <summary>An evaluation failed; <paramref name="Reason"/> says why (with the tail of stderr when there is one).</summary>
public sealed record TrialFailed(int TrialNumber, int Attempt, string Reason, double EvaluationSeconds) : IProtocolMessage;

/// <summary>The worker is still evaluating this attempt; renews its lease.</summary>
public sealed record Heartbeat(int TrialNumber, int Attempt) : IProtocolMessage;

/// <summary>
/// The evaluation of this attempt reported its values at <paramref name="Step"/> (an epoch): stored by the coordinator,
/// which answers <see cref="IntermediateRecorded"/> with its early-stopping decision.
/// </summary>
public sealed record IntermediateReported(int TrialNumber, int Attempt, int Step, IReadOnlyDictionary<string, double> Values) : IProtocolMessage;
