namespace Optimizer.Cluster.Protocol;

/// <summary>How a study run ended.</summary>
public enum StudyOutcome
{
    /// <summary>The budget is spent and every trial is complete or failed.</summary>
    Finished,

    /// <summary>Too many trials failed in a row; the evaluator is probably broken.</summary>
    TooManyFailures,

    /// <summary>Stopped from outside (Ctrl-C, SIGTERM); running trials were marked interrupted.</summary>
    Interrupted,

    /// <summary>
    /// The study cannot go on safely: the store could not record a transition, the strategy kept failing, or the
    /// coordinator's actor system stopped under it (running trials stay running, for the next coordinator to reclaim).
    /// </summary>
    Faulted,
}

/// <summary>The outcome of a run and a message for the user.</summary>
public sealed record StudyResult(StudyOutcome Outcome, string Message);
