using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Hosting;
using Optimizer.Cluster.Workers;
using Optimizer.Core.Studies;
using Optimizer.StudyFiles;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>
/// <c>optimizer worker --join HOST:PORT --secret-file F</c>: joins a coordinator, proves the study's secret, and
/// evaluates trials with the study's command until the study is finished (exit 0). Rejoins by itself when the
/// coordinator is lost. A refused worker exits with <see cref="ExitCodes.Refused"/> and evaluates nothing.
/// </summary>
internal sealed class WorkerCommand : AsyncCommand<WorkerCommandSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WorkerCommandSettings settings, CancellationToken cancellationToken)
    {
        NodeEndpoint join, listen;
        try
        {
            join = NodeEndpoint.Parse(settings.Join, defaultPort: 4053);
            listen = NodeEndpoint.Parse(settings.Listen, defaultPort: 0);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        if (SecretFile.Read(settings.SecretFile, settings.Insecure) is not var (transport, secret))
            return ExitCodes.BadInput;
        var name = settings.Name ?? $"{Environment.MachineName}-{Environment.ProcessId}";
        var workdir = Path.GetFullPath(settings.Workdir ?? ".");
        Duration.TryParse(settings.GiveUpAfter, out var giveUpAfter);
        var options = new ClusterWorkerOptions(new WorkerNodeOptions(name, settings.Slots, secret, transport.AddressOf(join)), listen, join, transport)
        {
            GiveUpAfter = giveUpAfter,
        };

        using var stop = new CancellationTokenSource();
        Console.Error.WriteLine($"worker {name} joining {join} with {settings.Slots} slot(s)");
        NodeEnd? end;
        using (new StopSignals(stop.Cancel))
            end = await ClusterWorkerHost.RunAsync(options, study => EvaluatorFor(study, workdir), Console.Error.WriteLine, stop.Token);
        switch (end?.Kind)
        {
            case NodeEndKind.Finished:
                Console.Error.WriteLine($"worker {name}: {end.Reason}");
                return ExitCodes.Success;
            case NodeEndKind.Refused:
                Console.Error.WriteLine($"error: {end.Reason}");
                return ExitCodes.Refused;
            case NodeEndKind.GaveUp:
                Console.Error.WriteLine($"error: {end.Reason}");
                return ExitCodes.StudyFailed;
            default:
                Console.Error.WriteLine($"worker {name}: stopped by a signal; its evaluations in progress were cancelled and will be run again by other workers");
                return ExitCodes.Interrupted;
        }
    }

    // The study file arrives from the coordinator and is parsed as the coordinator parsed it: errors name the
    // coordinator's file, a file without `name` bears the coordinator's name for it; relative paths in it are resolved
    // against this worker's --workdir, and its trials run where the coordinator's store names them, as in run mode.
    // A command that cannot run here (program not installed, script or assembly missing) refuses the study in one line
    // instead of failing every trial it would be handed.
    private static IEvaluator EvaluatorFor(AdmittedStudy study, string workdir)
    {
        var definition = StudyFileLoader.Parse(study.DefinitionText, study.OriginInErrors, study.Name, workdir);
        if (definition.Name != study.Name)
            throw new StudyDefinitionException(study.OriginInErrors, 1, "name",
                $"the file names the study '{definition.Name}', but its coordinator names it '{study.Name}'");
        EvaluatorPreflight.Check(definition.Evaluator, study.OriginInErrors, workdir, Environment.GetEnvironmentVariable("PATH"), workdir);
        return new CommandEvaluator(definition.Evaluator, definition.RequiredMetrics.ToArray(), workdir,
            StudyTrialsRoot.For(workdir, definition.Name, study.StudyId), definition.Stopping);
    }
}
