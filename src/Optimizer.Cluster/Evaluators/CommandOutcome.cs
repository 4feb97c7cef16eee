namespace Optimizer.Cluster.Evaluators;

/// <summary>How an evaluation command ended: by itself with an exit code, killed at its timeout, or stopped early.</summary>
/// <param name="ExitCode">The exit code (128 + signal on Unix when a signal ended it); null when the group was killed at the timeout.</param>
/// <param name="Stdout">What the stdout lines held (<see cref="StdoutConsumer"/>).</param>
/// <param name="StderrTail">The last lines of stderr (<see cref="ByteTail.LastLines"/>); empty when it wrote nothing.</param>
/// <param name="StdoutTail">The last lines of stdout, the same way.</param>
/// <param name="Stopped">Early stopping ended it (SIGTERM, and SIGKILL if the grace period ran out).</param>
internal sealed record CommandOutcome(int? ExitCode, StdoutConsumer Stdout, string StderrTail, string StdoutTail, bool Stopped = false)
{
    public bool TimedOut => ExitCode is null && !Stopped;
}
