using Microsoft.Data.Sqlite;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Storage.Sqlite.Tests;

/// <summary>What SQLite throws while a store records a change reaches callers as the store's own failure; misuse does not.</summary>
public sealed class StoreFailureTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_write_the_file_refuses_is_a_study_store_failure_carrying_the_sqlite_error()
    {
        var path = _directory.File("locked.db");
        using var store = SqliteStudyStore.Create(path, "name: demo\n");
        using var holder = new SqliteConnection($"Data Source={path};Pooling=False");
        holder.Open();
        using var exclusive = holder.CreateCommand();
        exclusive.CommandText = "BEGIN EXCLUSIVE";
        exclusive.ExecuteNonQuery();

        var failure = Assert.Throws<StudyStoreException>(() => store.Enqueue(new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(0.5) }));

        var sqlite = Assert.IsType<SqliteException>(failure.InnerException);
        Assert.Equal(5, sqlite.SqliteErrorCode); // SQLITE_BUSY
        Assert.Equal(sqlite.Message, failure.Message);
    }

    [Fact]
    public void A_transition_the_trial_does_not_allow_is_the_callers_error_not_the_stores()
    {
        using var store = SqliteStudyStore.Create(_directory.File("demo.db"), "name: demo\n");
        var trial = store.Enqueue(new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(0.5) });

        Assert.Throws<InvalidOperationException>(() => store.Requeue(trial.Number));
        Assert.Throws<KeyNotFoundException>(() => store.Start(99, "w1", DateTimeOffset.UnixEpoch));
    }
}
