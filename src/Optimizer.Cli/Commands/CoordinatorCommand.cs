using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Hosting;
using Optimizer.Cluster.Protocol;
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
        if (SecretFile.Read(settings.SecretFile, settings.Insecure) is not var (transport, secret))
            return ExitCodes.BadInput;
        using var session = StudySession.Open(settings.Study, settings.Storage, settings.Seed, settings.Trials, checkEvaluator: false);
        if (session is null)
            return ExitCodes.BadInput;
        if (settings.RetryFailed)
            session.RequeueFailed();
        var coordinatorSettings = new CoordinatorSettings(session.Budget, session.Definition.MaxConsecutiveFailures)
        {
            LeaseTimeout = TimeSpan.FromSeconds(settings.LeaseTimeoutSeconds),
        };
        var display = session.Display(settings.Quiet);
        // The signals are handled before the first trial can start, as in run.
        using var stop = new CancellationTokenSource();
        StudyResult result;
        using (new StopSignals(stop.Cancel))
        {
            var host = ClusterCoordinatorHost.Start(session.Store, session.Definition, session.Strategy,
                new ClusterCoordinatorOptions(listen, transport, secret, session.StudyId, Path.GetFileName(settings.Study), coordinatorSettings), display is null ? null : display.OnProgress);
            Console.Error.WriteLine($"coordinator of study {session.Definition.Name} listening on {listen}; start workers with: " +
                                    $"optimizer worker --join {listen} --secret-file {settings.SecretFile}{(settings.Insecure ? " --insecure" : "")}");
            using var stopping = stop.Token.Register(() => host.StopAsync());
            result = display is null ? await host.Completion : await display.FollowAsync(host.Completion);
        }
        return session.Finish(result);
    }
}
