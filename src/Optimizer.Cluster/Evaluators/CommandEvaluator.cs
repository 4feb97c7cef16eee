using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Evaluates a trial by running the study's command: the argument vector is run directly (never through a shell)
/// with its <c>{name}</c> placeholders replaced by parameter values, in a directory of its own per (trial, attempt)
/// unless the study names a working directory, with the trial described in <c>OPTIMIZER_*</c> environment variables.
/// Metrics come from the file named by <c>OPTIMIZER_RESULT_FILE</c> if the command wrote it, else from the last line
/// of stdout that is a JSON object. Every failure (cannot start, non-zero exit, timeout, no or bad metrics) is a failed
/// <see cref="EvaluationResult"/> carrying the reason and the tail of stderr. Every result carries the last lines of both
/// streams (<see cref="EvaluationResult.Stdout"/>, <see cref="EvaluationResult.Stderr"/>), kept as the trial's output.
/// Cancellation kills the command's process group and throws <see cref="OperationCanceledException"/>: an interruption is not a failed trial.
/// Lines <c>{"step": N, ...}</c> on stdout are intermediate reports (<see cref="EvaluationRequest.OnIntermediate"/>);
/// <see cref="EvaluationRequest.Stop"/> ends the command with SIGTERM, then SIGKILL after the grace period.
/// </summary>
public sealed class CommandEvaluator : IEvaluator
{
    private readonly EvaluatorDefinition _definition;
    private readonly MetricsValidator _validator;
    private readonly string _studyDirectory;
    private readonly string _trialsRoot;
    private readonly EarlyStoppingDefinition _earlyStopping;

    /// <param name="definition">The study's evaluator: command, timeout, working directory, extra environment.</param>
    /// <param name="requiredMetrics">Metrics every evaluation must report: the objectives and constraints.</param>
    /// <param name="studyDirectory">Base of a relative working directory and of a relative command path such as <c>./train.sh</c>.</param>
    /// <param name="trialsRoot">Where per-trial directories (<c>trial-0007-a1/</c>) are created.</param>
    /// <param name="earlyStopping">The study's early stopping: the step trials run to (<c>OPTIMIZER_MAX_STEP</c>) and the grace period of a stopped one.</param>
    /// <exception cref="ArgumentException">The command is empty or the timeout is not positive.</exception>
    public CommandEvaluator(EvaluatorDefinition definition, IEnumerable<string> requiredMetrics, string studyDirectory, string trialsRoot,
        EarlyStoppingDefinition? earlyStopping = null)
    {
        _earlyStopping = earlyStopping ?? EarlyStoppingDefinition.Off;
        if (definition.Command.Count == 0)
            throw new ArgumentException("The evaluator command is empty: give at least the program to run.", nameof(definition));
        if (definition.Timeout is { } timeout && timeout <= TimeSpan.Zero)
            throw new ArgumentException($"The evaluator timeout must be positive, not {timeout}; leave it out for no limit.", nameof(definition));
        _definition = definition;
        _validator = new MetricsValidator(requiredMetrics);
        _studyDirectory = Path.GetFullPath(studyDirectory);
        _trialsRoot = Path.GetFullPath(trialsRoot);
    }

    /// <inheritdoc />
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired; the command's process tree has been killed.</exception>
    public async Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        var directory = TrialDirectory.For(_trialsRoot, request.TrialNumber, request.Attempt);
        try
        {
            directory.Prepare();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return EvaluationResult.Failure($"cannot prepare trial directory '{directory.Path}': {e.Message}");
        }

        var workingDirectory = _definition.WorkingDirectoryUnder(_studyDirectory) ?? directory.Path;
        if (!Directory.Exists(workingDirectory))
            return EvaluationResult.Failure($"working directory '{workingDirectory}' does not exist");

        ProcessStartInfo startInfo;
        try
        {
            startInfo = StartInfo(request, directory, workingDirectory);
        }
        catch (FormatException e)
        {
            return EvaluationResult.Failure($"cannot build the command: {e.Message}");
        }
        catch (FileNotFoundException e)
        {
            return EvaluationResult.Failure($"cannot start '{e.FileName}': {e.Message}");
        }

        CommandOutcome outcome;
        try
        {
            outcome = await CommandProcess.RunAsync(startInfo, _definition.Timeout, cancellationToken,
                request.Stop, _earlyStopping.GracePeriod, request.OnIntermediate).ConfigureAwait(false);
        }
        catch (Win32Exception e)
        {
            return EvaluationResult.Failure($"cannot start '{startInfo.FileName}': {e.Message}");
        }
        var (stdoutKept, stderrKept) = outcome.Kept;
        return WithStderrTail(Interpret(outcome, directory), outcome.StderrTail) with { Stdout = stdoutKept, Stderr = stderrKept };
    }

    private ProcessStartInfo StartInfo(EvaluationRequest request, TrialDirectory directory, string workingDirectory)
    {
        var program = ResolveProgram(ArgumentTemplate.Expand(_definition.Command[0], request.Parameters));
        var startInfo = new ProcessStartInfo
        {
            FileName = ProcessGroup.SetsidProgram ?? program,
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (ProcessGroup.SetsidProgram is not null)
            startInfo.ArgumentList.Add(ExistingProgram(program));
        foreach (var argument in _definition.Command.Skip(1))
            startInfo.ArgumentList.Add(ResolveStudyFile(ArgumentTemplate.Expand(argument, request.Parameters)));
        foreach (var (name, value) in TrialEnvironment.For(request, directory, _definition.Environment,
                     _earlyStopping.IsEnabled ? _earlyStopping.MaxStep : null))
            startInfo.Environment[name] = value;
        return startInfo;
    }

    /// <summary>A path with a directory part is taken relative to the study; a bare name (<c>python3</c>) is looked up on PATH.</summary>
    private string ResolveProgram(string program) =>
        Path.IsPathRooted(program) || !program.AsSpan().ContainsAny('/', Path.DirectorySeparatorChar)
            ? program
            : Path.GetFullPath(Path.Combine(_studyDirectory, program));

    /// <summary>The program as given, once known to exist, since setsid, not us, would otherwise be the one to find it missing.</summary>
    /// <exception cref="FileNotFoundException">Neither the path nor any PATH directory holds it.</exception>
    private static string ExistingProgram(string program)
    {
        var found = program.Contains('/')
            ? File.Exists(program)
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Any(directory => File.Exists(Path.Combine(directory, program)));
        return found ? program : throw new FileNotFoundException(program.Contains('/') ? "no such file" : "not found on PATH", program);
    }

    /// <summary>
    /// An argument naming a file beside the study file (<c>train.py</c>) becomes its absolute path, so that
    /// <c>[python3, train.py]</c> works from the per-trial directory; any other argument passes unchanged.
    /// </summary>
    private string ResolveStudyFile(string argument)
    {
        if (argument.Length == 0 || Path.IsPathRooted(argument) || argument.StartsWith('-')) return argument;
        var candidate = Path.Combine(_studyDirectory, argument);
        return File.Exists(candidate) ? Path.GetFullPath(candidate) : argument;
    }

    private EvaluationResult Interpret(CommandOutcome outcome, TrialDirectory directory) => outcome switch
    {
        { Stopped: true } => EvaluationResult.Failure("stopped early: the study's early stopping pruned the trial"),
        { TimedOut: true } => EvaluationResult.Failure($"timed out after {DurationText(_definition.Timeout!.Value)}"),
        { ExitCode: not 0 } => EvaluationResult.Failure($"exit code {outcome.ExitCode}"),
        _ => ReadMetrics(outcome, directory),
    };

    private EvaluationResult ReadMetrics(CommandOutcome outcome, TrialDirectory directory)
    {
        EvaluationResult parsed;
        string? text, refusal;
        try
        {
            (text, refusal) = ResultFile.Read(directory.ResultFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return EvaluationResult.Failure($"cannot read result file '{directory.ResultFile}': {e.Message}");
        }
        if (refusal is not null)
            return EvaluationResult.Failure($"result file '{directory.ResultFile}' {refusal}");
        if (text is not null)
        {
            parsed = MetricsParser.Parse(text);
            if (!parsed.IsSuccess)
                return EvaluationResult.Failure($"result file '{directory.ResultFile}': {parsed.Error}");
        }
        else if (outcome.Stdout.OverlongObjectLineBytes is { } bytes)
        {
            return EvaluationResult.Failure($"the last JSON object on stdout is {bytes} bytes, over the " +
                                            $"{BoundedLineReader.MaxLineBytes / 1024 / 1024} MiB limit for a metrics line; print only the metrics");
        }
        else if (outcome.Stdout.LastJsonObjectLine is { } line)
        {
            parsed = MetricsParser.Parse(line);
            if (!parsed.IsSuccess)
                return EvaluationResult.Failure($"last JSON object on stdout: {parsed.Error}");
        }
        else
        {
            return EvaluationResult.Failure("no metrics: no result file and no JSON object on stdout"
                                            + (outcome.StdoutTail.Length == 0 ? "" : $"\nstdout (last lines):\n{outcome.StdoutTail}"));
        }
        return _validator.Validate(parsed.Values!);
    }

    private static EvaluationResult WithStderrTail(EvaluationResult result, string stderrTail) =>
        result.IsSuccess || stderrTail.Length == 0 ? result : EvaluationResult.Failure($"{result.Error}\nstderr (last lines):\n{stderrTail}");

    /// <summary>The timeout as a study file writes it: <c>30s</c>, <c>1.5s</c>, <c>30m</c>, <c>2h</c>.</summary>
    private static string DurationText(TimeSpan duration) =>
        duration.Ticks % TimeSpan.TicksPerMinute != 0 || duration < TimeSpan.FromMinutes(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.###}s")
            : duration.Ticks % TimeSpan.TicksPerHour == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalHours:0}h")
                : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMinutes:0}m");
}
