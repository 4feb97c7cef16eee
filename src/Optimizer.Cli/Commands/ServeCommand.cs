using Optimizer.Cli.Output;
using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Hosting;
using Optimizer.Cluster.Protocol;
using Optimizer.Service;
using Optimizer.Service.Serving;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>
/// <c>optimizer serve STUDY.yaml --secret-file F</c>: runs (or resumes) a study whose trials are asked and told over
/// HTTP by scripts (<c>clients/python</c>) instead of being evaluated by workers, until Ctrl-C or SIGTERM. Running
/// trials stay running across a restart, so clients that retry lose nothing. Exit codes: see <see cref="ExitCodes"/>.
/// </summary>
internal sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    /// <summary>How far a token's time may be from the server's clock, either side.</summary>
    private static readonly TimeSpan TokenWindow = TimeSpan.FromSeconds(60);

    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        NodeEndpoint listen;
        try
        {
            listen = NodeEndpoint.Parse(settings.Listen, defaultPort: 8765);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"error: --listen: {e.Message}");
            return ExitCodes.BadInput;
        }
        if (SecretFile.ReadPrivate(settings.SecretFile) is not { } secret)
            return ExitCodes.BadInput;
        using var session = StudySession.Open(settings.Study, settings.Storage, settings.Seed, settings.Trials, checkEvaluator: false, requireEvaluator: false);
        if (session is null)
            return ExitCodes.BadInput;
        var serveSettings = new Service.Serving.ServeSettings(session.Budget, TimeSpan.FromSeconds(settings.LeaseTimeoutSeconds)) { Seed = settings.Seed };
        using var study = new ServedStudy(session.Store, session.Definition, session.Strategy, serveSettings, TimeProvider.System,
            PrunerStopRule.For(session.Definition));
        AskTellServer server;
        try
        {
            server = await AskTellServer.StartAsync(study, new ServiceTokenVerifier(secret, TimeProvider.System, TokenWindow), listen.Host, listen.Port, cancellationToken);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: --listen {listen}: {e.Message}");
            return ExitCodes.BadInput;
        }
        await using (server)
        {
            if (listen.Host is not ("127.0.0.1" or "localhost" or "::1"))
                Console.Error.WriteLine($"warning: {listen.Host} is reachable from other machines and the API is plain HTTP: " +
                                        "parameters and results travel unencrypted (the secret never does); prefer an SSH tunnel to 127.0.0.1");
            Console.Error.WriteLine($"serving study {session.Definition.Name} at {server.Url} (store {session.StoragePath}); " +
                                    $"from Python: Study(\"{server.Url.ToString().TrimEnd('/')}\", secret_file=\"{settings.SecretFile}\")");
            var stopped = new TaskCompletionSource();
            using (new StopSignals(() => stopped.TrySetResult(), "stopping: running trials stay running; serve again to resume them"))
                await stopped.Task;
        }
        var result = study.IsFinished
            ? new StudyResult(StudyOutcome.Finished, "the budget is spent")
            : new StudyResult(StudyOutcome.Interrupted, "stopped before the budget was spent");
        session.Warnings.Flush();
        RunSummary.Print(study.Trials, session.Definition, session.Budget, session.StoragePath, result,
            interrupted: "running trials stay running for their clients (one lease); serve again to resume");
        return study.IsFinished ? ExitCodes.Success : ExitCodes.Interrupted;
    }
}
