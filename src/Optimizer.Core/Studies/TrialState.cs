namespace Optimizer.Core.Studies;

/// <summary>
/// Where a trial stands. <see cref="Pruned"/>: stopped early by the study's early stopping, its intermediate values
/// kept and no final result; <see cref="Interrupted"/>: the run was stopped (Ctrl-C, SIGTERM) while it ran, and a
/// resumed run queues it again (attempt + 1).
/// </summary>
public enum TrialState
{
    Queued,
    Running,
    Complete,
    Failed,
    Pruned,
    Interrupted,
}
