using Optimizer.Cli.Output;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Hosting;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>
/// <c>optimizer coordinator STUDY.yaml --listen HOST:PORT --secret-file F</c>: runs (or resumes) a study whose
/// trials are evaluated by <c>optimizer worker</c> processes joining over Akka.Cluster. Exits when the budget is spent
/// and every trial is terminal. Exit codes: see <see cref="ExitCodes"/>.
/// </summary>
internal sealed class CoordinatorCommand : AsyncCommand<CoordinatorCommandSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CoordinatorCommandSettings settings, CancellationToken cancellationToken)
    {
        NodeEndpoint listen;
        try
        {
            listen = NodeEndpoint.Parse(settings.Listen, defaultPort: 4053);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"error: --listen: {e.Message}");
            return ExitCodes.BadInput;
        }
        if (SecretFile.Read(settings.SecretFile) is not { } secret || StudyInput.Load(settings.Study) is not { } study)
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
        var coordinatorSettings = new CoordinatorSettings(budget, definition.MaxConsecutiveFailures)
        {
            LeaseTimeout = TimeSpan.FromSeconds(settings.LeaseTimeoutSeconds),
        };
        IRunDisplay? display = settings.Quiet ? null : Console.IsOutputRedirected ? new TrialLogDisplay() : new LiveDisplay(definition.Name);
        var host = ClusterCoordinatorHost.Start(store, definition, strategy,
            new ClusterCoordinatorOptions(listen, secret, coordinatorSettings), display is null ? null : display.OnProgress);
        Console.Error.WriteLine($"coordinator of study {definition.Name} listening on {listen}; start workers with: " +
                                $"optimizer worker --join {listen} --secret-file {settings.SecretFile}");
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
