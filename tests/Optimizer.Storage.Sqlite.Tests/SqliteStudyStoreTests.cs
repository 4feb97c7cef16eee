using Microsoft.Data.Sqlite;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Storage.Sqlite.Tests;

public sealed class SqliteStudyStoreTests : IDisposable
{
    private const string Definition = "name: demo\n";
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.FromHours(1));

    private readonly TemporaryDirectory _directory = new();
    private string StorePath => _directory.File("demo.db");

    public void Dispose() => _directory.Dispose();

    private static Dictionary<string, ParameterValue> Point(double x, string booster = "gbdt") =>
        new() { ["x"] = ParameterValue.Of(x), ["booster"] = ParameterValue.Of(booster) };

    [Fact]
    public void Trials_are_numbered_consecutively_from_zero_and_start_queued_at_attempt_one()
    {
        using var store = SqliteStudyStore.Create(StorePath, Definition);

        var trials = Enumerable.Range(0, 3).Select(i => store.Enqueue(Point(i))).ToArray();

        Assert.Equal([0, 1, 2], trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.Equal((TrialState.Queued, 1), (t.State, t.Attempt)));
        Assert.Equal(trials.Select(t => t.Number), store.Trials().Select(t => t.Number));
    }

    [Fact]
    public void A_trial_goes_from_queued_to_running_to_complete_with_its_values()
    {
        using var store = SqliteStudyStore.Create(StorePath, Definition);
        var queued = store.Enqueue(Point(0.25));

        var running = store.Start(queued.Number, "worker-1", T0);
        var complete = store.Complete(queued.Number, 1, new Dictionary<string, double> { ["auc"] = 0.9, ["luts"] = 1200 }, T0.AddMinutes(5));

        Assert.Equal((TrialState.Running, "worker-1", T0), (running.State, running.Worker, running.StartedAt));
        Assert.Equal(TrialState.Complete, complete.State);
        Assert.Equal(T0.AddMinutes(5), complete.FinishedAt);
        var stored = Assert.Single(store.Trials());
        Assert.Equal(new Dictionary<string, double> { ["auc"] = 0.9, ["luts"] = 1200 }, stored.Values);
        Assert.Equal(T0, stored.StartedAt);
        Assert.Equal("worker-1", stored.Worker);
    }

    [Fact]
    public void A_failed_trial_keeps_its_reason_and_worker()
    {
        using var store = SqliteStudyStore.Create(StorePath, Definition);
        store.Enqueue(Point(1));
        store.Start(0, "w", T0);

        var failed = store.Fail(0, 1, "exit code 1: out of memory", T0.AddSeconds(3));

        Assert.Equal((TrialState.Failed, "exit code 1: out of memory", "w"), (failed.State, failed.Error, failed.Worker));
        Assert.Equal(failed.Error, store.Trials()[0].Error);
    }

    [Fact]
    public void Starting_a_trial_that_is_not_queued_names_the_trial_and_its_state()
    {
        using var store = SqliteStudyStore.Create(StorePath, Definition);
        store.Enqueue(Point(1));
        store.Start(0, "w", T0);

        var error = Assert.Throws<InvalidOperationException>(() => store.Start(0, "w2", T0));

        Assert.Contains("trial 0", error.Message);
        Assert.Contains("Running", error.Message);
        Assert.Equal("w", store.Trials()[0].Worker);
    }

    [Fact]
    public void Unknown_trial_number_is_reported()
    {
        using var store = SqliteStudyStore.Create(StorePath, Definition);

        var error = Assert.Throws<KeyNotFoundException>(() => store.Start(7, "w", T0));

        Assert.Contains("trial 7", error.Message);
    }

    [Fact]
    public void A_result_for_a_stale_attempt_changes_nothing()
    {
        using var store = SqliteStudyStore.Create(StorePath, Definition);
        store.Enqueue(Point(1));
        store.Start(0, "lost-worker", T0);
        store.Requeue(0);
        var restarted = store.Start(0, "w2", T0.AddMinutes(1));

        var late = store.Complete(0, 1, new Dictionary<string, double> { ["auc"] = 0.5 }, T0.AddMinutes(2));
        var lateFailure = store.Fail(0, 1, "lost", T0.AddMinutes(2));

        AssertSameTrials([restarted, restarted], [late, lateFailure]);
        Assert.Equal((TrialState.Running, 2), (store.Trials()[0].State, store.Trials()[0].Attempt));
    }

    [Fact]
    public void A_duplicate_result_for_a_finished_trial_is_recorded_once()
    {
        using var store = SqliteStudyStore.Create(StorePath, Definition);
        store.Enqueue(Point(1));
        store.Start(0, "w", T0);
        var first = store.Complete(0, 1, new Dictionary<string, double> { ["auc"] = 0.8 }, T0.AddMinutes(1));

        var again = store.Complete(0, 1, new Dictionary<string, double> { ["auc"] = 0.1 }, T0.AddMinutes(9));
        var failAfter = store.Fail(0, 1, "timeout", T0.AddMinutes(9));

        Assert.Equal(0.8, again.Values["auc"]);
        Assert.Equal(TrialState.Complete, failAfter.State);
        Assert.Equal(T0.AddMinutes(1), store.Trials()[0].FinishedAt);
        Assert.Equal(0.8, store.Trials()[0].Values["auc"]);
    }

    [Fact]
    public void A_result_for_a_trial_not_yet_started_is_refused()
    {
        using var store = SqliteStudyStore.Create(StorePath, Definition);
        store.Enqueue(Point(1));

        var error = Assert.Throws<InvalidOperationException>(() => store.Complete(0, 1, new Dictionary<string, double>(), T0));

        Assert.Contains("Queued", error.Message);
    }

    [Fact]
    public void Requeue_returns_running_or_failed_trials_to_the_queue_with_the_next_attempt()
    {
        using var store = SqliteStudyStore.Create(StorePath, Definition);
        store.Enqueue(Point(1));
        store.Start(0, "w", T0);
        store.Fail(0, 1, "boom", T0.AddSeconds(1));

        var requeued = store.Requeue(0);
        store.Start(0, "w2", T0.AddSeconds(2));
        var again = store.Requeue(0);

        AssertSameTrials([new Trial(0, TrialState.Queued, Point(1), new Dictionary<string, double>(), 2, null, null, null, null)], [requeued]);
        Assert.Equal((TrialState.Queued, 3, null), (again.State, again.Attempt, again.Worker));
        Assert.Equal(3, store.Trials()[0].Attempt);
    }

    [Fact]
    public void Requeue_of_a_queued_or_complete_trial_is_refused()
    {
        using var store = SqliteStudyStore.Create(StorePath, Definition);
        store.Enqueue(Point(1));
        store.Enqueue(Point(2));
        store.Start(1, "w", T0);
        store.Complete(1, 1, new Dictionary<string, double> { ["auc"] = 1 }, T0);

        Assert.Contains("Queued", Assert.Throws<InvalidOperationException>(() => store.Requeue(0)).Message);
        Assert.Contains("Complete", Assert.Throws<InvalidOperationException>(() => store.Requeue(1)).Message);
    }

    [Fact]
    public void Reopening_the_file_gives_the_same_definition_and_trials()
    {
        IReadOnlyList<Trial> written;
        using (var store = SqliteStudyStore.Create(StorePath, "name: demo\nbudget: {trials: 3}\n"))
        {
            store.Enqueue(Point(0.1, "dart"));
            store.Enqueue(Point(1e-7));
            store.Start(0, "w", T0);
            store.Complete(0, 1, new Dictionary<string, double> { ["auc"] = 0.75, ["luts"] = -3.5e9 }, T0.AddHours(2));
            store.Start(1, "w", T0);
            store.Fail(1, 1, "bad", T0.AddTicks(1));
            written = store.Trials();
        }

        using var reopened = SqliteStudyStore.Open(StorePath);

        Assert.Equal("name: demo\nbudget: {trials: 3}\n", reopened.DefinitionText);
        AssertSameTrials(written, reopened.Trials());
    }

    [Fact]
    public void A_read_only_store_sees_what_the_writer_has_committed_while_it_is_open()
    {
        using var writer = SqliteStudyStore.Create(StorePath, Definition);
        writer.Enqueue(Point(1));
        using var reader = SqliteStudyStore.Open(StorePath, readOnly: true);

        writer.Start(0, "w", T0);
        writer.Enqueue(Point(2));

        Assert.Equal(Definition, reader.DefinitionText);
        AssertSameTrials(writer.Trials(), reader.Trials());
        Assert.Throws<InvalidOperationException>(() => reader.Enqueue(Point(3)));
    }

    [Fact]
    public void The_writer_can_close_twice_while_a_reader_is_attached()
    {
        var writer = SqliteStudyStore.Create(StorePath, Definition);
        writer.Enqueue(Point(1));
        using var reader = SqliteStudyStore.Open(StorePath, readOnly: true);

        writer.Dispose();
        writer.Dispose();

        Assert.Single(reader.Trials());
        using var resumed = SqliteStudyStore.Open(StorePath);
        resumed.Enqueue(Point(2));
        Assert.Equal(2, reader.Trials().Count);
    }

    [Fact]
    public void Opening_read_only_leaves_the_directory_as_it_was()
    {
        using (var store = SqliteStudyStore.Create(StorePath, Definition))
            store.Enqueue(Point(1));
        var before = DirectoryListing();

        using (var reader = SqliteStudyStore.Open(StorePath, readOnly: true))
            Assert.Single(reader.Trials());

        Assert.Equal(before, DirectoryListing());
        Assert.Throws<FileNotFoundException>(() => SqliteStudyStore.Open(_directory.File("missing.db"), readOnly: true));
        Assert.False(File.Exists(_directory.File("missing.db")));
    }

    [Fact]
    public void Opening_a_file_that_is_not_a_study_store_fails_clearly()
    {
        var text = _directory.File("notes.txt");
        File.WriteAllText(text, "these are not the trials you are looking for, not even close to a database header");
        var other = _directory.File("other.db");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE particles (id INTEGER)";
            command.ExecuteNonQuery();
        }

        Assert.Contains("not a study store", Assert.Throws<InvalidDataException>(() => SqliteStudyStore.Open(text)).Message);
        Assert.Contains("not a study store", Assert.Throws<InvalidDataException>(() => SqliteStudyStore.Open(other, readOnly: true)).Message);
        Assert.Contains("not a study store", Assert.Throws<InvalidDataException>(() => SqliteStudyStore.OpenOrCreate(other, Definition)).Message);
    }

    [Fact]
    public void A_store_of_an_unknown_schema_version_is_refused()
    {
        SqliteStudyStore.Create(StorePath, Definition).Dispose();
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '99' WHERE key = 'schema_version'";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidDataException>(() => SqliteStudyStore.Open(StorePath));

        Assert.Contains("schema version 99", error.Message);
    }

    [Fact]
    public void A_new_store_appears_complete_under_its_name_with_nothing_left_beside_it()
    {
        using (var store = SqliteStudyStore.OpenOrCreate(StorePath, "name: demo"))
            store.Enqueue(new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(1.0) });

        using var reader = SqliteStudyStore.Open(StorePath, readOnly: true);
        Assert.Equal("name: demo", reader.DefinitionText);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(StorePath)!, "*.creating"));
    }

    [Fact]
    public void Create_refuses_a_file_that_already_holds_a_study_and_OpenOrCreate_resumes_it()
    {
        using (var store = SqliteStudyStore.Create(StorePath, Definition))
            store.Enqueue(Point(1));

        Assert.Contains("already exists", Assert.Throws<InvalidOperationException>(() => SqliteStudyStore.Create(StorePath, "name: other\n")).Message);
        using var resumed = SqliteStudyStore.OpenOrCreate(StorePath, "name: edited\n");
        Assert.Equal(Definition, resumed.DefinitionText);
        Assert.Single(resumed.Trials());
        Assert.Equal(StorePath, resumed.Path);
    }

    [Fact]
    public void OpenOrCreate_creates_a_new_store()
    {
        using var store = SqliteStudyStore.OpenOrCreate(StorePath, Definition);

        Assert.Equal(Definition, store.DefinitionText);
        Assert.Empty(store.Trials());
    }

    [Fact]
    public void Concurrent_enqueues_from_several_threads_get_distinct_numbers()
    {
        using var store = SqliteStudyStore.Create(StorePath, Definition);

        var numbers = Enumerable.Range(0, 40).AsParallel().WithDegreeOfParallelism(4).Select(i => store.Enqueue(Point(i)).Number).ToArray();

        Assert.Equal(Enumerable.Range(0, 40), numbers.Order());
    }

    private string[] DirectoryListing() =>
        Directory.GetFiles(_directory.Path).Select(f => $"{Path.GetFileName(f)}:{new FileInfo(f).Length}:{File.GetLastWriteTimeUtc(f):O}").Order().ToArray();

    private static void AssertSameTrials(IReadOnlyList<Trial> expected, IReadOnlyList<Trial> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e with { Parameters = a.Parameters, Values = a.Values }, a);
            Assert.Equal(e.Parameters, a.Parameters);
            Assert.Equal(e.Values, a.Values);
        }
    }
}
