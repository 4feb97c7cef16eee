namespace Optimizer.Cluster.Workers;

/// <summary>How one membership of a worker node in the cluster ended.</summary>
public enum NodeEndKind
{
    /// <summary>The study is over; the node's slots have stopped.</summary>
    Finished,

    /// <summary>The gate refused the node (wrong secret, other protocol version); trying again would not help.</summary>
    Refused,

    /// <summary>The coordinator was lost (killed, restarted, unreachable): join a fresh cluster and go on.</summary>
    Lost,

    /// <summary>No coordinator admitted the node for longer than the worker waits (the study is over, or its coordinator never came back).</summary>
    GaveUp,
}

/// <summary>How one membership ended, and why, in words for the user.</summary>
public sealed record NodeEnd(NodeEndKind Kind, string Reason);
