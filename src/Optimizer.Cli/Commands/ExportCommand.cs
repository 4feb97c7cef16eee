using Optimizer.Cli.Output;
using Optimizer.Core.Json;
using Optimizer.Core.Studies;
using Optimizer.StudyFiles;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>
/// <c>optimizer export FILE.db</c>: every trial as JSON or CSV, read-only, safe while a run writes the file; JSON marks the
/// trials of a multi-objective study's Pareto front with <c>pareto: true</c>.
/// </summary>
internal sealed class ExportCommand : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        using var store = StudyInput.OpenReadOnly(settings.Storage);
        if (store is null)
            return ExitCodes.BadInput;
        var trials = store.Trials();
        var pareto = ParetoTrials(trials, store.DefinitionText, settings.Storage);
        if (settings.Output is null)
        {
            Write(trials, settings.Format, Console.Out, pareto);
            return ExitCodes.Success;
        }
        using var file = new StreamWriter(settings.Output);
        Write(trials, settings.Format, file, pareto);
        return ExitCodes.Success;
    }

    // The trials' numbers on the Pareto front of a multi-objective study; null for one objective.
    private static IReadOnlySet<int>? ParetoTrials(IReadOnlyList<Trial> trials, string definitionText, string storage)
    {
        try
        {
            return ParetoSummary.Of(trials, StudyFileLoader.Parse(definitionText, storage))?.Front.Select(t => t.Number).ToHashSet();
        }
        catch (StudyDefinitionException e)
        {
            Console.Error.WriteLine($"warning: the study stored in {storage} no longer parses, so trials carry no 'pareto' field: {e.Message}");
            return null;
        }
    }

    private static void Write(IReadOnlyList<Trial> trials, string format, TextWriter output, IReadOnlySet<int>? pareto)
    {
        if (format == "csv")
            TrialCsv.Write(trials, output);
        else
            output.WriteLine(TrialJson.Serialize(trials, indented: true, pareto));
    }
}
