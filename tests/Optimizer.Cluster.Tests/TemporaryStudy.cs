using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Cluster.Tests;

/// <summary>A one-parameter study (<c>x</c> in [0, 1], minimize <c>y</c>) in a fresh SQLite file, deleted afterwards.</summary>
public sealed class TemporaryStudy : IDisposable
{
    public const string Command = "python3 broken.py";

    private readonly string _directory = Directory.CreateTempSubdirectory("optimizer-cluster-tests-").FullName;

    public TemporaryStudy(int trials = 5, int maxConsecutiveFailures = 3, EarlyStoppingDefinition? earlyStopping = null)
    {
        Definition = new StudyDefinition(
            "test",
            new SearchSpace([new FloatParameter("x", 0, 1)]),
            [new Objective("y", ObjectiveDirection.Minimize)],
            [],
            new EvaluatorDefinition(Command.Split(' '), null, null, new Dictionary<string, string>()),
            trials,
            new StrategyDefinition(StrategyDefinition.Sobol),
            maxConsecutiveFailures,
            EarlyStopping: earlyStopping);
        StorePath = Path.Combine(_directory, "test.db");
        Store = SqliteStudyStore.Create(StorePath, "name: test\n");
    }

    public StudyDefinition Definition { get; }

    public string StorePath { get; }

    public IStudyStore Store { get; private set; }

    /// <summary>Closes the store and opens the file again, as a new run of the study would.</summary>
    public void Reopen()
    {
        Store.Dispose();
        Store = SqliteStudyStore.Open(StorePath, readOnly: false);
    }

    /// <summary>The trials as another process would read them: through a read-only connection of its own.</summary>
    public IReadOnlyList<Trial> ReadTrials()
    {
        using var reader = SqliteStudyStore.Open(StorePath, readOnly: true);
        return reader.Trials();
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
