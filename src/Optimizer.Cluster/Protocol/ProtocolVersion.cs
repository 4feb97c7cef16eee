namespace Optimizer.Cluster.Protocol;

/// <summary>
/// Version of the coordinator-worker protocol. A worker announces it in <see cref="RegisterWorker"/>;
/// the coordinator refuses a worker speaking another version. Bump it whenever a message changes shape.
/// Version 2 added admission (<see cref="RequestAdmission"/>) and <see cref="ResultRecorded"/>;
/// version 3 made admission mutual (the node's nonce, the coordinator's proof);
/// version 4 added early stopping (<see cref="IntermediateReported"/>, <see cref="IntermediateRecorded"/>);
/// version 5 dropped the fields no peer read (slot counts and numbers, the version echoed back) and the per-message
/// manifest versions: this number is the protocol's only version;
/// version 6 added the evaluator's output to <see cref="TrialSucceeded"/> and <see cref="TrialFailed"/>;
/// version 7 added the study file's name and the study's name to <see cref="Admitted"/>.
/// </summary>
public static class ProtocolVersion
{
    public const int Current = 7;
}
