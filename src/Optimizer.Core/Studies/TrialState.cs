namespace Optimizer.Core.Studies;

public enum TrialState
{
    Queued,
    Running,
    Complete,
    Failed,
}
