using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Evaluators;

/// <summary>How an evaluation command ended: by itself with an exit code, killed at its timeout, or stopped early.</summary>
/// <param name="ExitCode">The exit code (128 + signal on Unix when a signal ended it); null when the group was killed at the timeout.</param>
/// <param name="Stdout">What the stdout lines held (<see cref="StdoutConsumer"/>).</param>
/// <param name="StdoutBytes">The end of what the command wrote to stdout.</param>
/// <param name="StderrBytes">The end of what it wrote to stderr.</param>
/// <param name="Stopped">Early stopping ended it (SIGTERM, and SIGKILL if the grace period ran out).</param>
internal sealed record CommandOutcome(int? ExitCode, StdoutConsumer Stdout, ByteTail StdoutBytes, ByteTail StderrBytes, bool Stopped = false)
{
    /// <summary>The most lines of each stream kept as the trial's output (<see cref="TrialOutput"/>).</summary>
    public const int KeptLines = 100;

    public bool TimedOut => ExitCode is null && !Stopped;

    /// <summary>The last lines of stderr, as an error message quotes them; empty when it wrote nothing.</summary>
    public string StderrTail => StderrBytes.LastLines();

    /// <summary>The last lines of stdout, the same way.</summary>
    public string StdoutTail => StdoutBytes.LastLines();

    /// <summary>The last lines of both streams as the store keeps them for the viewer (<see cref="TrialOutput.MaxChars"/> each).</summary>
    public (string Stdout, string Stderr) Kept =>
        (StdoutBytes.LastLines(KeptLines, TrialOutput.MaxChars), StderrBytes.LastLines(KeptLines, TrialOutput.MaxChars));
}
