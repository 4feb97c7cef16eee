using Optimizer.Cluster.Protocol;
using Optimizer.Core.Studies;

namespace Optimizer.Cli.Output;

/// <summary>The lines printed when a run ends: outcome, counts, best trial per objective, where the study is stored.</summary>
internal static class RunSummary
{
    private const string RunInterrupted = "running trials were recorded as interrupted; run the same command again to resume";

    /// <param name="interrupted">what an interrupted study's last line says happened to its running trials.</param>
    public static void Print(IReadOnlyList<Trial> trials, StudyDefinition definition, int budget, string storage, StudyResult result,
        string interrupted = RunInterrupted)
    {
        var progress = StudyProgress.Of(trials, definition, budget);
        var outcome = result.Outcome switch
        {
            StudyOutcome.Finished => "finished",
            StudyOutcome.Interrupted => "interrupted",
            StudyOutcome.TooManyFailures => "stopped: too many failures",
            _ => "stopped: error",
        };
        var output = Console.Out;
        output.WriteLine($"study {definition.Name} {outcome}: {progress.Complete} complete, {progress.Failed} failed, " +
                         (progress.Pruned > 0 ? $"{progress.Pruned} pruned, " : "") +
                         $"{progress.Queued + progress.Running + progress.Interrupted} to do, of {budget} trials");
        var byNumber = trials.ToDictionary(t => t.Number);
        foreach (var best in progress.Best)
        {
            var trial = byNumber[best.TrialNumber];
            output.WriteLine($"best {best.Objective.Name} ({best.Objective.Direction.ToString().ToLowerInvariant()}): " +
                             $"{TrialText.Number(best.Value)} at trial {trial.Number}: {TrialText.Parameters(trial.Parameters)}");
        }
        output.WriteLine($"storage: {storage}");
        if (result.Outcome == StudyOutcome.Interrupted)
            Console.Error.WriteLine($"interrupted: {interrupted}");
        else if (result.Outcome != StudyOutcome.Finished)
            Console.Error.WriteLine($"error: {result.Message}");
    }
}
