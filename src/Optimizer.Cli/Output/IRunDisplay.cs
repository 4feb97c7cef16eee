using Optimizer.Cluster.Protocol;

namespace Optimizer.Cli.Output;

/// <summary>Shows a run as it goes: fed every progress change, followed until the run completes.</summary>
internal interface IRunDisplay
{
    /// <summary>Called for every change of the study's state, one call at a time, in order.</summary>
    void OnProgress(ProgressChanged change);

    /// <summary>Shows the run until <paramref name="completion"/> ends and returns its result.</summary>
    Task<StudyResult> FollowAsync(Task<StudyResult> completion);
}
