using Optimizer.Cli.Output;
using Optimizer.Core.Json;
using Optimizer.Core.Studies;
using Optimizer.StudyFiles;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>
/// <c>optimizer export FILE.db</c>: every trial as JSON or CSV, read-only, safe while a run writes the file; JSON marks the
/// trials of a multi-objective study's Pareto front with <c>pareto: true</c>, a single-objective study's trial recommended
/// by the posterior mean with <c>recommended: true</c> (CSV: columns of the same names) and gives each trial its
/// <c>intermediate</c> values, CSV its last reported step.
/// </summary>
internal sealed class ExportCommand : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        using var store = StudyInput.OpenReadOnly(settings.Storage);
        if (store is null)
            return ExitCodes.BadInput;
        var trials = store.Trials();
        var marks = Marks(trials, store, settings.Storage);
        var intermediate = CurrentAttemptReports.Of(store, trials);
        if (settings.Output is null)
        {
            Write(trials, settings.Format, Console.Out, marks, intermediate);
            return ExitCodes.Success;
        }
        using var file = new StreamWriter(settings.Output);
        Write(trials, settings.Format, file, marks, intermediate);
        return ExitCodes.Success;
    }

    // The Pareto front of a multi-objective study, or the recommended trial of a single-objective one.
    private static TrialMarks? Marks(IReadOnlyList<Trial> trials, IReadOnlyStudyStore store, string storage)
    {
        StudyDefinition definition;
        try
        {
            definition = StudyFileLoader.Stored(store, storage);
        }
        catch (StudyDefinitionException e)
        {
            Console.Error.WriteLine($"warning: the study stored in {storage} no longer parses, so trials carry no 'pareto' or 'recommended' field: {e.Message}");
            return null;
        }
        if (ParetoSummary.Of(trials, definition) is { } pareto)
            return new TrialMarks(pareto.Front.Select(t => t.Number).ToHashSet(), null);
        var recommended = Recommendation.FromTrials(definition.Space, definition.Objectives[0], trials, definition.Constraints);
        return new TrialMarks(null, recommended?.Trial.Number);
    }

    private static void Write(IReadOnlyList<Trial> trials, string format, TextWriter output, TrialMarks? marks,
        IReadOnlyDictionary<int, IReadOnlyList<IntermediateReport>> intermediate)
    {
        if (format == "csv")
            TrialCsv.Write(trials, output, marks, intermediate);
        else
            output.WriteLine(TrialJson.Serialize(trials, indented: true, marks, intermediate));
    }
}
