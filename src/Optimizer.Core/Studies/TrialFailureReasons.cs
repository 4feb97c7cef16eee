namespace Optimizer.Core.Studies;

/// <summary>Failure reasons with a meaning of their own to the engine.</summary>
public static class TrialFailureReasons
{
    /// <summary>The run was stopped while the trial ran; a resumed run queues it again (attempt + 1).</summary>
    public const string Interrupted = "interrupted";
}
