using System.Globalization;
using Optimizer.Cli.Output;
using Optimizer.Core.Studies;
using Optimizer.StudyFiles;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>
/// <c>optimizer status FILE.db</c>: study name, trials by state, best value per objective and its trial, for one
/// objective the trial recommended by the posterior mean (<see cref="Recommendation"/>: the one to trust when it is noisy),
/// workers seen, wall time and worker utilization (sum of trial durations / (workers x wall span)); for several
/// objectives the Pareto front of feasible trials and its hypervolume with the reference point used. Read-only.
/// </summary>
internal sealed class StatusCommand : Command<StatusSettings>
{
    public override int Execute(CommandContext context, StatusSettings settings, CancellationToken cancellationToken)
    {
        using var store = StudyInput.OpenReadOnly(settings.Storage);
        if (store is null)
            return ExitCodes.BadInput;
        StudyDefinition definition;
        try
        {
            definition = StudyFileLoader.Stored(store, settings.Storage);
        }
        catch (StudyDefinitionException e)
        {
            Console.Error.WriteLine($"error: the study stored in {settings.Storage} no longer parses: {e.Message}");
            return ExitCodes.BadInput;
        }
        var trials = store.Trials();
        var report = StudyReport.Of(trials, definition, definition.Trials, TimeProvider.System.GetUtcNow());
        var recommended = definition.Objectives.Count == 1
            ? Recommendation.FromTrials(definition.Space, definition.Objectives[0], trials, definition.Constraints)
            : null;
        AnsiConsole.Write(Table(definition, report, trials.ToDictionary(t => t.Number), recommended));
        if (ParetoSummary.Of(trials, definition) is { } pareto)
            AnsiConsole.Write(FrontTable(definition, pareto));
        return ExitCodes.Success;
    }

    private static Table FrontTable(StudyDefinition definition, ParetoSummary pareto)
    {
        var reference = pareto.Reference is { } r
            ? string.Join(", ", definition.Objectives.Select((o, j) => $"{o.Name} {TrialText.Number(r[j])}")) + (pareto.ReferenceInferred ? " (inferred)" : "")
            : "-";
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Pareto front: {pareto.Front.Count} feasible trials, hypervolume {TrialText.Number(pareto.Hypervolume)} (reference {reference})"))
            .AddColumn("trial");
        foreach (var objective in definition.Objectives)
            table.AddColumn(Markup.Escape($"{objective.Name} ({objective.Direction.ToString().ToLowerInvariant()})"));
        table.AddColumn("parameters");
        foreach (var trial in pareto.Front)
        {
            table.AddRow([trial.Number.ToString(CultureInfo.InvariantCulture), .. definition.Objectives.Select(o => TrialText.Number(trial.Values[o.Name])),
                Markup.Escape(TrialText.Parameters(trial.Parameters))]);
        }
        return table;
    }

    private static Table Table(StudyDefinition definition, StudyReport report, IReadOnlyDictionary<int, Trial> byNumber, Recommendation? recommended)
    {
        var p = report.Progress;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("study").AddColumn(Markup.Escape(definition.Name));
        table.AddRow("trials", $"{p.Done + p.Queued + p.Running + p.Interrupted} (budget in the study file: {p.Budget})");
        table.AddRow("complete", p.Complete.ToString(CultureInfo.InvariantCulture));
        table.AddRow("failed", p.Failed.ToString(CultureInfo.InvariantCulture));
        table.AddRow("pruned", p.Pruned.ToString(CultureInfo.InvariantCulture));
        table.AddRow("interrupted", p.Interrupted.ToString(CultureInfo.InvariantCulture));
        table.AddRow("running", p.Running.ToString(CultureInfo.InvariantCulture));
        table.AddRow("queued", p.Queued.ToString(CultureInfo.InvariantCulture));
        foreach (var best in p.Best)
            table.AddRow(Markup.Escape($"best {best.Objective.Name} ({best.Objective.Direction.ToString().ToLowerInvariant()})"),
                Markup.Escape($"{TrialText.Number(best.Value)} (trial {best.TrialNumber}: {TrialText.Parameters(byNumber[best.TrialNumber].Parameters)})"));
        if (recommended is not null)
            table.AddRow(Markup.Escape($"recommended {definition.Objectives[0].Name} (posterior mean)"),
                Markup.Escape($"{TrialText.Number(recommended.PredictedValue)} ± {TrialText.Number(recommended.PredictedStandardDeviation)} predicted " +
                              $"(trial {recommended.Trial.Number}: {TrialText.Parameters(recommended.Trial.Parameters)})"));
        table.AddRow("workers seen", report.WorkersSeen.ToString(CultureInfo.InvariantCulture));
        table.AddRow("wall time", TrialText.Elapsed(report.WallSpan));
        table.AddRow("worker utilization", report.Utilization is { } u ? u.ToString("P1", CultureInfo.InvariantCulture) : "-");
        return table;
    }
}
