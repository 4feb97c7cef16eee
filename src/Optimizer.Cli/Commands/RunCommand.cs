using Optimizer.Cli.Output;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Hosting;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>
/// <c>optimizer run STUDY.yaml</c>: loads and validates the study, creates or resumes its storage file,
/// runs it with embedded workers and prints a summary. Exit codes: see <see cref="ExitCodes"/>.
/// </summary>
internal sealed class RunCommand : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        if (StudyInput.Load(settings.Study) is not { } study)
            return ExitCodes.BadInput;
        var (definition, text) = study;
        IStrategy strategy;
        try
        {
            strategy = StrategyFactory.Create(definition, settings.Seed);
        }
        catch (NotSupportedException e)
        {
            Console.Error.WriteLine($"error: {settings.Study}: strategy: {e.Message}");
            return ExitCodes.BadInput;
        }
        var studyDirectory = Path.GetDirectoryName(Path.GetFullPath(settings.Study))!;
        var storage = Path.GetFullPath(settings.Storage ?? Path.Combine(studyDirectory, definition.Name + ".db"));
        using var store = StudyInput.OpenStore(storage, text);
        if (store is null)
            return ExitCodes.BadInput;

        var budget = settings.Trials ?? definition.Trials;
        var options = new EmbeddedStudyOptions(settings.Workers, new CoordinatorSettings(budget, definition.MaxConsecutiveFailures));
        var evaluator = new ClosedFormEvaluator(
            new CommandEvaluator(definition.Evaluator, definition.RequiredMetrics.ToArray(), studyDirectory, Path.Combine(studyDirectory, ".trials", definition.Name)),
            ClosedFormMetrics.Of(definition.ClosedForms));
        IRunDisplay? display = settings.Quiet ? null
            : Console.IsOutputRedirected ? new TrialLogDisplay()
            : new LiveDisplay(definition.Name);

        var host = EmbeddedStudyHost.Start(store, definition, strategy, evaluator, options, display is null ? null : display.OnProgress);
        StudyResult result;
        using (new StopSignals(() => host.StopAsync()))
            result = display is null ? await host.Completion : await display.FollowAsync(host.Completion);

        RunSummary.Print(store.Trials(), definition, budget, storage, result);
        return result.Outcome switch
        {
            StudyOutcome.Finished => ExitCodes.Success,
            StudyOutcome.Interrupted => ExitCodes.Interrupted,
            _ => ExitCodes.StudyFailed,
        };
    }
}
