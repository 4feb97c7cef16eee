using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Protocol;

// Messages between the coordinator and the process hosting it.

/// <summary>Stop the study now: running trials are marked <see cref="TrialState.Interrupted"/>, workers told to stop.</summary>
public sealed record StopStudy
{
    public static readonly StopStudy Instance = new();
}

/// <summary>
/// Published on the event stream after every change of the study's state;
/// <paramref name="Finished"/> is the trial that just became terminal, if one did.
/// </summary>
public sealed record ProgressChanged(StudyProgress Progress, Trial? Finished);
