using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Hosting;
using Optimizer.Cluster.Protocol;
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
        using var session = StudySession.Open(settings.Study, settings.Storage, settings.Seed, settings.Trials, checkEvaluator: true);
        if (session is null)
            return ExitCodes.BadInput;
        if (settings.RetryFailed)
            session.RequeueFailed();
        var definition = session.Definition;
        var options = new EmbeddedStudyOptions(settings.Workers, new CoordinatorSettings(session.Budget, definition.MaxConsecutiveFailures));
        // Closed-form metrics are filled in by the coordinator, as in cluster mode.
        var evaluator = new CommandEvaluator(definition.Evaluator, definition.RequiredMetrics.ToArray(), session.StudyDirectory,
            session.TrialsRoot, session.Definition.Stopping);
        var display = session.Display(settings.Quiet);

        // The signals are handled before the first trial can start: a Ctrl-C as soon as a trial shows as running stops the study.
        using var stop = new CancellationTokenSource();
        StudyResult result;
        using (new StopSignals(stop.Cancel))
        {
            var host = EmbeddedStudyHost.Start(session.Store, definition, session.Strategy, evaluator, options, display is null ? null : display.OnProgress);
            using var stopping = stop.Token.Register(() => host.StopAsync());
            result = display is null ? await host.Completion : await display.FollowAsync(host.Completion);
        }
        return session.Finish(result);
    }
}
