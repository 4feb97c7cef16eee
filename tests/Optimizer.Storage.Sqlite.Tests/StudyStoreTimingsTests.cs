using Microsoft.Data.Sqlite;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Storage.Sqlite.Tests;

/// <summary>Schema version 2: proposal, queue-wait and evaluation seconds per trial, and the upgrade from version 1.</summary>
public sealed class StudyStoreTimingsTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, ParameterValue> Point = new() { ["x"] = ParameterValue.Of(0.25) };

    private readonly TemporaryDirectory _directory = new();

    private string StorePath => _directory.File("demo.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Timings_are_recorded_at_each_transition_and_read_back()
    {
        using (var store = SqliteStudyStore.Create(StorePath, "name: demo\n"))
        {
            var trial = store.Enqueue(Point, proposalSeconds: 0.5);
            store.Start(trial.Number, "gpu-01", T0, queueWaitSeconds: 0.002);
            store.Complete(trial.Number, 1, new Dictionary<string, double> { ["y"] = 1 }, T0.AddSeconds(3), evaluationSeconds: 2.9);
        }

        using var reopened = SqliteStudyStore.Open(StorePath, readOnly: true);
        Assert.Equal(new TrialTimings(0.5, 0.002, 2.9), reopened.Trials().Single().Timings);
    }

    [Fact]
    public void A_requeued_trial_keeps_its_proposal_time_and_forgets_the_lost_attempt()
    {
        using var store = SqliteStudyStore.Create(StorePath, "name: demo\n");
        var trial = store.Enqueue(Point, proposalSeconds: 0.5);
        store.Start(trial.Number, "gpu-01", T0, queueWaitSeconds: 0.1);

        var requeued = store.Requeue(trial.Number);

        Assert.Equal(new TrialTimings(0.5, null, null), requeued.Timings);
    }

    [Fact]
    public void A_version_1_store_is_read_as_it_is_and_upgraded_when_opened_for_writing()
    {
        WriteVersion1Store(StorePath);

        using (var readOnly = SqliteStudyStore.Open(StorePath, readOnly: true))
            Assert.Null(readOnly.Trials().Single().Timings);
        using (var writable = SqliteStudyStore.Open(StorePath))
        {
            var trial = writable.Enqueue(Point, proposalSeconds: 0.25);
            Assert.Equal(0.25, writable.Trials().Single(t => t.Number == trial.Number).Timings?.ProposalSeconds);
        }

        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var version = connection.CreateCommand();
        version.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        Assert.Equal("4", version.ExecuteScalar());
    }

    private static void WriteVersion1Store(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE trials (number INTEGER PRIMARY KEY, state TEXT NOT NULL, params TEXT NOT NULL, attempt INTEGER NOT NULL,
                                 worker TEXT, started_at TEXT, finished_at TEXT, error TEXT);
            CREATE TABLE metrics (trial INTEGER NOT NULL REFERENCES trials (number), name TEXT NOT NULL, value REAL NOT NULL,
                                  PRIMARY KEY (trial, name));
            INSERT INTO meta VALUES ('schema_version', '1'), ('definition', 'name: demo');
            INSERT INTO trials VALUES (0, 'queued', '{"x": 0.5}', 1, NULL, NULL, NULL, NULL);
            """;
        command.ExecuteNonQuery();
    }
}
