using Microsoft.Data.Sqlite;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Storage.Sqlite.Tests;

public sealed class StoreMigrationTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private string StorePath => _directory.File("old.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_version_2_store_becomes_version_4_keeping_trials_metrics_and_reports_and_its_interrupted_trials_get_their_state()
    {
        WriteVersion2Store(StorePath);

        using (var store = SqliteStudyStore.Open(StorePath))
        {
            var trials = store.Trials();
            Assert.Equal([TrialState.Complete, TrialState.Interrupted, TrialState.Failed, TrialState.Running], trials.Select(t => t.State));
            Assert.Equal(0.25, trials[0].Values["loss"]);
            Assert.Equal(1.5, trials[0].Timings?.EvaluationSeconds);
            Assert.Null(trials[1].Error);
            Assert.Equal("exit code 1", trials[2].Error);
            Assert.Equal([(3, 2), (3, 1)], store.AllIntermediateReports().Select(r => (r.Trial, r.Report.Step)));

            Assert.Equal(TrialState.Pruned, store.Prune(3, 1, DateTimeOffset.UtcNow).State);   // the new CHECK takes the new states
            var requeued = store.Requeue(1);
            Assert.Equal((TrialState.Queued, 2), (requeued.State, requeued.Attempt));
            Assert.True(store.RecordOutput(0, new TrialOutput(1, "out", "err")));   // version 4's table
            Assert.Equal(new TrialOutput(1, "out", "err"), store.Output(0));
        }

        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        Assert.Equal("4", Scalar(connection, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM pragma_foreign_key_check"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v2'"));
    }

    [Fact]
    public void A_version_2_store_opened_read_only_is_read_as_it_is()
    {
        WriteVersion2Store(StorePath);

        using var store = SqliteStudyStore.Open(StorePath, readOnly: true);

        Assert.Equal(TrialState.Failed, store.Trials()[1].State);
        Assert.Equal(2, store.IntermediateReports(3).Count);
        Assert.Null(store.Output(0));
    }

    [Fact]
    public void A_trial_stopped_early_keeps_its_reports_has_no_final_values_and_ignores_a_late_result()
    {
        using var store = SqliteStudyStore.Create(StorePath, "name: demo\n");
        var trial = store.Enqueue(new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(0.5) });
        var at = DateTimeOffset.UtcNow;
        store.Start(trial.Number, "w", at);
        store.Report(trial.Number, new IntermediateReport(1, 1, new Dictionary<string, double> { ["loss"] = 0.9 }, at));

        var pruned = store.Prune(trial.Number, 1, at, evaluationSeconds: 2);
        var late = store.Complete(trial.Number, 1, new Dictionary<string, double> { ["loss"] = 0.1 }, at);

        Assert.Equal((TrialState.Pruned, true), (pruned.State, pruned.IsTerminal));
        Assert.Equal((TrialState.Pruned, pruned.FinishedAt), (late.State, late.FinishedAt));
        Assert.Empty(store.Trials()[0].Values);
        Assert.Equal(0.9, Assert.Single(store.IntermediateReports(trial.Number)).Values["loss"]);
        Assert.Throws<InvalidOperationException>(() => store.Requeue(trial.Number));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    // The schema of version 2 as it was shipped, with the intermediate_values table a report created.
    private static void WriteVersion2Store(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA foreign_keys = ON;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE trials (
                number INTEGER PRIMARY KEY,
                state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'complete', 'failed')),
                params TEXT NOT NULL, attempt INTEGER NOT NULL CHECK (attempt >= 1), worker TEXT, started_at TEXT, finished_at TEXT,
                error TEXT, proposal_seconds REAL, queue_wait_seconds REAL, evaluation_seconds REAL);
            CREATE TABLE metrics (trial INTEGER NOT NULL REFERENCES trials (number), name TEXT NOT NULL, value REAL NOT NULL,
                PRIMARY KEY (trial, name));
            CREATE TABLE intermediate_values (trial INTEGER NOT NULL REFERENCES trials (number), attempt INTEGER NOT NULL,
                step INTEGER NOT NULL CHECK (step >= 1), name TEXT NOT NULL, value REAL NOT NULL, reported_at TEXT NOT NULL,
                PRIMARY KEY (trial, attempt, step, name));
            INSERT INTO meta VALUES ('schema_version', '2'), ('definition', 'name: demo'), ('study_id', 'abc');
            INSERT INTO trials VALUES (0, 'complete', '{"x": 0.1}', 1, 'w', '2026-12-01T00:00:00Z', '2026-12-01T00:00:01Z', NULL, NULL, NULL, 1.5);
            INSERT INTO trials VALUES (1, 'failed', '{"x": 0.2}', 1, 'w', '2026-12-01T00:00:00Z', '2026-12-01T00:00:01Z', 'interrupted', NULL, NULL, NULL);
            INSERT INTO trials VALUES (2, 'failed', '{"x": 0.3}', 1, 'w', '2026-12-01T00:00:00Z', '2026-12-01T00:00:01Z', 'exit code 1', NULL, NULL, NULL);
            INSERT INTO trials VALUES (3, 'running', '{"x": 0.4}', 1, 'w', '2026-12-01T00:00:00Z', NULL, NULL, NULL, NULL, NULL);
            INSERT INTO metrics VALUES (0, 'loss', 0.25);
            INSERT INTO intermediate_values VALUES (3, 1, 2, 'loss', 0.5, '2026-12-01T00:00:02Z');
            INSERT INTO intermediate_values VALUES (3, 1, 1, 'loss', 0.7, '2026-12-01T00:00:03Z');
            """;
        command.ExecuteNonQuery();
    }
}
