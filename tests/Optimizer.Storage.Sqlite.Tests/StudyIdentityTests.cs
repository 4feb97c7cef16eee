using Microsoft.Data.Sqlite;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Storage.Sqlite.Tests;

/// <summary>Each store has an identity of its own (what keeps the trial directories of two stores apart), kept across reopening.</summary>
public sealed class StudyIdentityTests : IDisposable
{
    private const string Definition = "name: demo\n";
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public void Two_stores_of_one_definition_have_different_identities_and_each_keeps_its_own()
    {
        string a, b;
        using (var storeA = SqliteStudyStore.Create(_directory.File("a.db"), Definition))
        using (var storeB = SqliteStudyStore.Create(_directory.File("b.db"), Definition))
            (a, b) = (storeA.StudyId!, storeB.StudyId!);

        using var reopened = SqliteStudyStore.Open(_directory.File("a.db"));
        using var reader = SqliteStudyStore.Open(_directory.File("b.db"), readOnly: true);

        Assert.Matches("^[0-9a-f]{32}$", a);
        Assert.NotEqual(a, b);
        Assert.Equal(a, reopened.StudyId);
        Assert.Equal(b, reader.StudyId);
    }

    [Fact]
    public void A_store_made_without_an_identity_gets_one_when_opened_for_writing_and_keeps_it()
    {
        var path = _directory.File("old.db");
        SqliteStudyStore.Create(path, Definition).Dispose();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM meta WHERE key = 'study_id'";
            command.ExecuteNonQuery();
        }
        using (var reader = SqliteStudyStore.Open(path, readOnly: true))
            Assert.Null(reader.StudyId);

        string given;
        using (var writer = SqliteStudyStore.Open(path))
            given = writer.StudyId!;
        using var again = SqliteStudyStore.Open(path);

        Assert.Matches("^[0-9a-f]{32}$", given);
        Assert.Equal(given, again.StudyId);
    }

    public void Dispose() => _directory.Dispose();
}
