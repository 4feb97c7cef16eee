using Optimizer.Core.Space;

namespace Optimizer.Cluster.Protocol;

// Messages the coordinator sends to a worker.

/// <summary>The worker may ask for work.</summary>
public sealed record WorkerRegistered : IProtocolMessage
{
    public static readonly WorkerRegistered Instance = new();
}

/// <summary>The worker speaks another protocol version (or is otherwise not admitted) and must stop.</summary>
public sealed record RegistrationRefused(string Reason) : IProtocolMessage;

/// <summary>A trial to evaluate. Results must quote the same (<paramref name="TrialNumber"/>, <paramref name="Attempt"/>).</summary>
public sealed record WorkAssigned(int TrialNumber, int Attempt, Assignment Parameters) : IProtocolMessage;

/// <summary>
/// Nothing to hand out now, and nothing will be proposed (the budget is spent) while other trials still run;
/// ask again later, in case one of them is re-queued.
/// </summary>
public sealed record NoWorkYet : IProtocolMessage
{
    public static readonly NoWorkYet Instance = new();
}

/// <summary>The study is over: cancel any evaluation in progress and stop.</summary>
public sealed record StudyFinished(StudyOutcome Outcome) : IProtocolMessage
{
    public static readonly StudyFinished Stop = new(StudyOutcome.Interrupted);
}

/// <summary>
/// The result of (<paramref name="TrialNumber"/>, <paramref name="Attempt"/>) is in the store, or no longer wanted:
/// the worker may forget it. Until then a worker keeps the result and sends it again after reconnecting.
/// </summary>
public sealed record ResultRecorded(int TrialNumber, int Attempt) : IProtocolMessage;

/// <summary>
/// The report of (<paramref name="TrialNumber"/>, <paramref name="Attempt"/>) at <paramref name="Step"/> is in the store;
/// <paramref name="Stop"/>: the trial is pruned (or no longer runs), so end its evaluation (SIGTERM, then SIGKILL after the grace period).
/// </summary>
public sealed record IntermediateRecorded(int TrialNumber, int Attempt, int Step, bool Stop) : IProtocolMessage;
