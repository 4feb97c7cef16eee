namespace Optimizer.Cli;

/// <summary>What the <c>optimizer</c> process returns.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The study stopped on its own without finishing (too many failures, a broken store), finished with no complete trial, or a worker gave up waiting for a coordinator.</summary>
    public const int StudyFailed = 1;

    /// <summary>The study file, a storage file or an argument cannot be used.</summary>
    public const int BadInput = 2;

    /// <summary>A worker the coordinator refused to admit (wrong secret, other protocol version).</summary>
    public const int Refused = 3;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, the shell convention).</summary>
    public const int Interrupted = 130;
}
