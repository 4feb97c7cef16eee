using System.Globalization;
using Optimizer.Cli.Output;
using Optimizer.Core.Studies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>
/// <c>optimizer status FILE.db</c>: study name, trials by state, best value per objective and its trial,
/// workers seen, wall time and worker utilization (sum of trial durations / (workers x wall span)). Read-only.
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
            definition = StudyFileLoader.Parse(store.DefinitionText, settings.Storage);
        }
        catch (StudyDefinitionException e)
        {
            Console.Error.WriteLine($"error: the study stored in {settings.Storage} no longer parses: {e.Message}");
            return ExitCodes.BadInput;
        }
        var trials = store.Trials();
        var report = StudyReport.Of(trials, definition, definition.Trials, TimeProvider.System.GetUtcNow());
        AnsiConsole.Write(Table(definition, report));
        return ExitCodes.Success;
    }

    private static Table Table(StudyDefinition definition, StudyReport report)
    {
        var p = report.Progress;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("study").AddColumn(Markup.Escape(definition.Name));
        table.AddRow("trials", $"{p.Done + p.Queued + p.Running} (budget in the study file: {p.Budget})");
        table.AddRow("complete", p.Complete.ToString(CultureInfo.InvariantCulture));
        table.AddRow("failed", p.Failed.ToString(CultureInfo.InvariantCulture));
        table.AddRow("running", p.Running.ToString(CultureInfo.InvariantCulture));
        table.AddRow("queued", p.Queued.ToString(CultureInfo.InvariantCulture));
        foreach (var best in p.Best)
            table.AddRow(Markup.Escape($"best {best.Objective.Name} ({best.Objective.Direction.ToString().ToLowerInvariant()})"),
                $"{TrialText.Number(best.Value)} (trial {best.TrialNumber})");
        table.AddRow("workers seen", report.WorkersSeen.ToString(CultureInfo.InvariantCulture));
        table.AddRow("wall time", TrialText.Elapsed(report.WallSpan));
        table.AddRow("worker utilization", report.Utilization is { } u ? u.ToString("P1", CultureInfo.InvariantCulture) : "-");
        return table;
    }
}
