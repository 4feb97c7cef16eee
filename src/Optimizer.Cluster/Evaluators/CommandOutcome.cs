namespace Optimizer.Cluster.Evaluators;

/// <summary>How an evaluation command ended: by itself with an exit code, or killed at its timeout.</summary>
/// <param name="ExitCode">The exit code (128 + signal on Unix when a signal ended it); null when the tree was killed at the timeout.</param>
/// <param name="LastJsonObjectLine">The last stdout line that is a JSON object, if any.</param>
/// <param name="StderrTail">The last lines of stderr (<see cref="OutputTail"/>); empty when it wrote nothing.</param>
internal sealed record CommandOutcome(int? ExitCode, string? LastJsonObjectLine, string StderrTail)
{
    public bool TimedOut => ExitCode is null;
}
