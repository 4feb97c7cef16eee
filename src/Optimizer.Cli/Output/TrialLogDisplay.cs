using Optimizer.Cluster.Protocol;

namespace Optimizer.Cli.Output;

/// <summary>One line per finished trial on stdout: what a log file or a batch system wants.</summary>
internal sealed class TrialLogDisplay : IRunDisplay
{
    public void OnProgress(ProgressChanged change)
    {
        if (change.Finished is { } trial)
            Console.Out.WriteLine($"{TrialText.Line(trial)} [{change.Progress.Done}/{change.Progress.Budget}]");
    }

    public Task<StudyResult> FollowAsync(Task<StudyResult> completion) => completion;
}
