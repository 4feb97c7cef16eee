using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Cli.Tests;

/// <summary>A temporary directory holding a study file whose evaluator is <c>Scripts/evaluate.py</c>; deleted afterwards.</summary>
internal sealed class StudyDirectory : IDisposable
{
    /// <summary>The evaluator script, for study files a test writes itself.</summary>
    public static readonly string Script = System.IO.Path.Combine(AppContext.BaseDirectory, "Scripts", "evaluate.py");

    public StudyDirectory() => Path = Directory.CreateTempSubdirectory("optimizer-cli-tests-").FullName;

    public string Path { get; }

    public string StudyFile => System.IO.Path.Combine(Path, "study.yaml");

    /// <summary>Where <c>optimizer run</c> keeps the study by default: the study's name + .db beside the file.</summary>
    public string Database => System.IO.Path.Combine(Path, "demo.db");

    /// <summary>Writes a two-parameter study (<c>x</c> float, <c>n</c> int; minimize <c>y</c>) and returns its path.</summary>
    /// <param name="earlyStopping">The study's <c>early_stopping</c> mapping, if any (<c>{kind: asha, max_step: 9}</c>).</param>
    public string WriteStudy(int trials, string timeout = "20s", int maxConsecutiveFailures = 10, string? earlyStopping = null)
    {
        File.WriteAllText(StudyFile, $$"""
            name: demo
            parameters:
              - {name: x, type: float, low: 0, high: 1}
              - {name: n, type: int, low: 0, high: 4}
            objectives:
              - {name: y, direction: minimize}
            evaluator:
              command: [python3, "{{Script}}", --x, "{x}", --n, "{n}"]
              timeout: {{timeout}}
            budget: {trials: {{trials}}}
            strategy: {kind: sobol}
            max_consecutive_failures: {{maxConsecutiveFailures}}
            {{(earlyStopping is null ? "" : $"early_stopping: {earlyStopping}")}}

            """);
        return StudyFile;
    }

    /// <summary>Writes <paramref name="text"/> as the study file and returns its path.</summary>
    public string WriteRaw(string text)
    {
        File.WriteAllText(StudyFile, text);
        return StudyFile;
    }

    /// <summary>The trials as another process reads them while a run may be writing: read-only.</summary>
    public IReadOnlyList<Trial> ReadTrials()
    {
        using var store = SqliteStudyStore.Open(Database, readOnly: true);
        return store.Trials();
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
