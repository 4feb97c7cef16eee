using System.Diagnostics;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Studies;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Optimizer.Cli.Output;

/// <summary>A live panel on a terminal: trials done of the budget, running, failed, best so far, elapsed time.</summary>
internal sealed class LiveDisplay : IRunDisplay
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);

    private readonly string _studyName;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private volatile StudyProgress? _latest;

    public LiveDisplay(string studyName) => _studyName = studyName;

    public void OnProgress(ProgressChanged change) => _latest = change.Progress;

    public async Task<StudyResult> FollowAsync(Task<StudyResult> completion)
    {
        await AnsiConsole.Live(Render()).AutoClear(false).StartAsync(async context =>
        {
            // Redraws on a timer so the elapsed time moves even while no trial finishes.
            while (!completion.IsCompleted)
            {
                context.UpdateTarget(Render());
                await Task.WhenAny(completion, Task.Delay(RefreshInterval)).ConfigureAwait(false);
            }
            context.UpdateTarget(Render());
        }).ConfigureAwait(false);
        return await completion.ConfigureAwait(false);
    }

    private IRenderable Render()
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn("");
        table.Title = new TableTitle($"[bold]{Markup.Escape(_studyName)}[/]");
        if (_latest is { } p)
        {
            var ratio = p.Budget == 0 ? 1.0 : Math.Min(1.0, (double)p.Done / p.Budget);
            table.AddRow("trials", $"{p.Done}/{p.Budget}  {Bar(ratio)}");
            table.AddRow("running", p.Running.ToString());
            table.AddRow("failed", p.Failed == 0 ? "0" : $"[red]{p.Failed}[/]");
            if (p.Pruned > 0)
                table.AddRow("pruned", p.Pruned.ToString());
            foreach (var best in p.Best)
                table.AddRow($"best {Markup.Escape(best.Objective.Name)}",
                    $"{TrialText.Number(best.Value)} (trial {best.TrialNumber}, {best.Objective.Direction.ToString().ToLowerInvariant()})");
        }
        table.AddRow("elapsed", TrialText.Elapsed(_elapsed.Elapsed));
        return table;
    }

    private static string Bar(double ratio)
    {
        const int width = 30;
        var filled = (int)Math.Round(ratio * width);
        return $"[green]{new string('━', filled)}[/][grey]{new string('━', width - filled)}[/]";
    }
}
