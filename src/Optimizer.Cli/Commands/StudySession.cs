using Optimizer.Cli.Output;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Cli.Commands;

/// <summary>
/// What <c>run</c>, <c>coordinator</c> and <c>serve</c> share: the validated study, its strategy, its open store (created or resumed),
/// the budget, how progress is shown, where the strategy's fallbacks are reported (<see cref="Warnings"/>, on stderr), and
/// how the outcome becomes an exit code.
/// </summary>
internal sealed record StudySession(
    StudyDefinition Definition, IStrategy Strategy, RepeatedWarnings Warnings, SqliteStudyStore Store, StoreLease Lease, string StudyDirectory,
    string StoragePath, int Budget)
    : IDisposable
{
    /// <summary>The identity of the store (<c>meta.study_id</c>); a writable store always has one.</summary>
    public string StudyId => Store.StudyId ?? throw new InvalidOperationException("a writable store has an identity");

    /// <summary>Where the trials of this store run, beside the study file (<see cref="StudyTrialsRoot"/>).</summary>
    public string TrialsRoot => StudyTrialsRoot.For(StudyDirectory, Definition.Name, StudyId);

    /// <summary>The session, or null after printing what the user must fix (exit code <see cref="ExitCodes.BadInput"/>).</summary>
    /// <param name="storage">--storage; null: <c>&lt;study name&gt;.db</c> beside the study file.</param>
    /// <param name="trials">--trials; null: the study file's budget.</param>
    /// <param name="checkEvaluator">Whether the evaluator runs here, so its program and script must exist before the first trial.</param>
    /// <param name="requireEvaluator">false for <c>serve</c>, whose trials are told by scripts: the study file may have no evaluator.</param>
    public static StudySession? Open(string studyPath, string? storage, int seed, int? trials, bool checkEvaluator, bool requireEvaluator = true)
    {
        if (StudyInput.Load(studyPath) is not { } study)
            return null;
        var (definition, text) = study;
        if (requireEvaluator && !definition.Evaluator.HasCommand)
        {
            Console.Error.WriteLine($"error: {studyPath}: evaluator: required: the command that evaluates a trial " +
                                    "(a study without one is driven from a script with: optimizer serve)");
            return null;
        }
        var studyDirectory = Path.GetDirectoryName(Path.GetFullPath(studyPath))!;
        if (checkEvaluator && !StudyInput.EvaluatorIsReady(definition, studyPath, studyDirectory))
            return null;
        var warnings = new RepeatedWarnings(Console.Error, TimeProvider.System);
        IStrategy strategy;
        try
        {
            strategy = StrategyFactory.Create(definition, seed, warnings.Warn);
        }
        catch (NotSupportedException e)
        {
            Console.Error.WriteLine($"error: {studyPath}: strategy: {e.Message}");
            return null;
        }
        var storagePath = Path.GetFullPath(storage ?? Path.Combine(studyDirectory, definition.Name + ".db"));
        if (TakeLease(storagePath) is not { } lease)
            return null;
        var store = StudyInput.OpenStore(storagePath, text);
        if (store is null)
        {
            lease.Dispose();
            return null;
        }
        return new StudySession(definition, strategy, warnings, store, lease, studyDirectory, storagePath, trials ?? definition.Trials);
    }

    // A second run or coordinator on a store in use is refused before it reads or writes anything.
    private static StoreLease? TakeLease(string storagePath)
    {
        try
        {
            var lease = StoreLease.Acquire(storagePath, DateTimeOffset.UtcNow);
            if (lease.PreviousHolder is { } previous)
                Console.Error.WriteLine($"note: {storagePath}: took over the lease of {previous}, which ended without releasing it");
            return lease;
        }
        catch (StoreInUseException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            StudyInput.ReportUnwritable(storagePath, e);
        }
        return null;
    }

    /// <summary>Live progress on a terminal, one line per trial when output is redirected, nothing with --quiet.</summary>
    public IRunDisplay? Display(bool quiet) =>
        quiet ? null : Console.IsOutputRedirected ? new TrialLogDisplay() : new LiveDisplay(Definition.Name);

    /// <summary>
    /// Failed trials back to the queue with attempt + 1 (<c>--retry-failed</c>), for failures the environment caused
    /// (a missing file, a full disk); they keep their numbers, so the budget is unchanged. Prints how many.
    /// </summary>
    public void RequeueFailed()
    {
        var failed = Store.Trials().Where(t => t.State == TrialState.Failed).Select(t => t.Number).ToArray();
        foreach (var number in failed)
            Store.Requeue(number);
        Console.Error.WriteLine(failed.Length == 0
            ? "retry: no failed trials"
            : $"retry: {failed.Length} failed trial(s) queued again: {string.Join(", ", failed)}");
    }

    /// <summary>
    /// Writes the count of repeated warnings, prints the summary and maps the outcome to the process's exit code: a study
    /// that finished without a single complete trial measured nothing, so it fails.
    /// </summary>
    public int Finish(StudyResult result)
    {
        Warnings.Flush();
        var trials = Store.Trials();
        RunSummary.Print(trials, Definition, Budget, StoragePath, result);
        var nothingComplete = result.Outcome == StudyOutcome.Finished && trials.All(t => t.State != TrialState.Complete);
        if (nothingComplete)
            Console.Error.WriteLine($"error: no trial completed; the failures are in `optimizer export {StoragePath}`; " +
                                    "fix the cause and run again with --retry-failed");
        return result.Outcome switch
        {
            StudyOutcome.Finished when nothingComplete => ExitCodes.StudyFailed,
            StudyOutcome.Finished => ExitCodes.Success,
            StudyOutcome.Interrupted => ExitCodes.Interrupted,
            _ => ExitCodes.StudyFailed,
        };
    }

    public void Dispose()
    {
        Store.Dispose();
        Lease.Dispose();
    }
}
