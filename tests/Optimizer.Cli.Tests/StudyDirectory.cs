using System.Globalization;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Cli.Tests;

/// <summary>A temporary directory holding a study file whose evaluator is <c>Scripts/evaluate.py</c>; deleted afterwards.</summary>
internal sealed class StudyDirectory : IDisposable
{
    /// <summary>The evaluator of the written studies, Scripts/evaluate.py.</summary>
    public static readonly string Script = System.IO.Path.Combine(AppContext.BaseDirectory, "Scripts", "evaluate.py");

    public StudyDirectory()
    {
        Path = Directory.CreateTempSubdirectory("optimizer-cli-tests-").FullName;
        StudyFile = System.IO.Path.Combine(Path, "study.yaml");
    }

    public string Path { get; }

    /// <summary>The study file: study.yaml, or the name <see cref="WriteRaw"/> was last given.</summary>
    public string StudyFile { get; private set; }

    /// <summary>Where <c>optimizer run</c> keeps the study by default: the study's name + .db beside the file.</summary>
    public string Database => System.IO.Path.Combine(Path, "demo.db");

    /// <summary>Writes a two-parameter study (<c>x</c> float, <c>n</c> int; minimize <c>y</c>) and returns its path.</summary>
    /// <param name="earlyStopping">The study's <c>early_stopping</c> mapping, if any (<c>{kind: asha, max_step: 9}</c>).</param>
    /// <param name="named">Whether the file names the study (<c>name: demo</c>); if not, its file name does.</param>
    /// <param name="script">The evaluator's script as the command names it; null: Scripts/evaluate.py by its full path.</param>
    public string WriteStudy(int trials, string timeout = "20s", int maxConsecutiveFailures = 10, string? earlyStopping = null,
        bool named = true, string? script = null, string fileName = "study.yaml") =>
        WriteRaw((named ? "name: demo\n" : "") + $$"""
            parameters:
              - {name: x, type: float, low: 0, high: 1}
              - {name: n, type: int, low: 0, high: 4}
            objectives:
              - {name: y, direction: minimize}
            evaluator:
              command: [python3, "{{script ?? Script}}", --x, "{x}", --n, "{n}"]
              timeout: {{timeout}}
            budget: {trials: {{trials}}}
            strategy: {kind: sobol}
            max_consecutive_failures: {{maxConsecutiveFailures}}
            {{(earlyStopping is null ? "" : $"early_stopping: {earlyStopping}")}}

            """, fileName);

    /// <summary>Writes <paramref name="text"/> as the study file, named <paramref name="fileName"/> from now on, and returns its path.</summary>
    public string WriteRaw(string text, string fileName = "study.yaml")
    {
        StudyFile = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(StudyFile, text);
        return StudyFile;
    }

    /// <summary>The trials as another process reads them while a run may be writing: read-only.</summary>
    public IReadOnlyList<Trial> ReadTrials() => ReadTrials(Database);

    /// <summary>The trials of the store at <paramref name="storage"/>, read-only.</summary>
    public static IReadOnlyList<Trial> ReadTrials(string storage)
    {
        using var store = SqliteStudyStore.Open(storage, readOnly: true);
        return store.Trials();
    }

    /// <summary>The trials so far of a store that a run or coordinator may still be creating: none until it holds a study store.</summary>
    public IReadOnlyList<Trial> TrialsSoFar()
    {
        try
        {
            return File.Exists(Database) ? ReadTrials() : [];
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    /// <summary>Waits until <paramref name="count"/> or more trials of the study's store are running.</summary>
    public Task RunningTrials(int count, TimeSpan timeout) =>
        Eventually.True(() => TrialsSoFar().Count(t => t.State == TrialState.Running) >= count, timeout, $"{count} running trial(s)");

    /// <summary>
    /// <c>optimizer run</c> of the study file with <paramref name="workers"/> workers whose evaluations sleep
    /// <paramref name="evalSleep"/> seconds, returned once <paramref name="running"/> of its trials are running.
    /// </summary>
    public async Task<OptimizerProcess> StartRunWithRunningTrials(int workers, double evalSleep, int running, TimeSpan timeout)
    {
        var run = OptimizerProcess.Start(["run", StudyFile, "--workers", workers.ToString(CultureInfo.InvariantCulture)],
            new Dictionary<string, string> { ["EVAL_SLEEP"] = evalSleep.ToString(CultureInfo.InvariantCulture) });
        try
        {
            await RunningTrials(running, timeout);
            return run;
        }
        catch
        {
            run.Dispose();
            throw;
        }
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
