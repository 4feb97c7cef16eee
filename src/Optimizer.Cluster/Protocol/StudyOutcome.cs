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

    /// <summary>The store could not record a transition; the study cannot go on safely.</summary>
    Faulted,
}

/// <summary>The outcome of a run and a message for the user.</summary>
public sealed record StudyResult(StudyOutcome Outcome, string Message);
