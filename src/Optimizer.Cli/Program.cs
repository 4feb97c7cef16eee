using Optimizer.Cli;
using Optimizer.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("optimizer");
    config.AddCommand<RunCommand>("run").WithDescription("Run a study with embedded workers, resuming its storage file if it exists.");
    config.AddCommand<CoordinatorCommand>("coordinator").WithDescription("Run a study whose trials are evaluated by workers on other machines (Akka.Cluster).");
    config.AddCommand<ServeCommand>("serve").WithDescription("Run a study whose trials are asked and told over HTTP by scripts (clients/python).");
    config.AddCommand<WorkerCommand>("worker").WithDescription("Join a coordinator and evaluate its study's trials until it is finished.");
    config.AddBranch("secret", secret =>
    {
        secret.SetDescription("Manage the credential that lets a study's nodes talk to each other.");
        secret.AddCommand<SecretNewCommand>("new").WithDescription("Write a new study credential (shared secret + TLS certificate) to FILE, mode 600.");
    });
    config.AddCommand<ExportCommand>("export").WithDescription("Print every trial of a study file as JSON or CSV (read-only; works while a run writes).");
    config.AddCommand<ViewCommand>("view").WithDescription("Serve a study file as a live web page: Pareto front, history, worker timeline, trials.");
    config.AddCommand<PlotCommand>("plot").WithDescription("Write a figure of a study file as PNG or SVG: pareto, history, timeline, parallel or curves.");
    config.AddCommand<StatusCommand>("status").WithDescription("Summarize a study file: trials by state, best values, worker utilization.");
    // Errors go to stderr (stdout carries results); a bad command line is bad input, anything else a bug worth its stack trace.
    config.SetExceptionHandler((exception, _) =>
    {
        Console.Error.WriteLine(exception is CommandAppException ? $"error: {exception.Message}" : $"error: {exception}");
        return exception is CommandAppException ? ExitCodes.BadInput : ExitCodes.StudyFailed;
    });
});
return await app.RunAsync(args);
