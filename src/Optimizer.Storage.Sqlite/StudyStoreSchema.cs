using Microsoft.Data.Sqlite;
using Optimizer.Core.Studies;

namespace Optimizer.Storage.Sqlite;

/// <summary>
/// The tables of a study store, version 2:
/// <c>meta(key, value)</c> holds <c>schema_version</c>, <c>definition</c> (the study file's text) and <c>study_id</c> (see <see cref="StudyId"/>);
/// <c>trials</c> one row per trial (params as a JSON object, times as ISO-8601 UTC text, state as lower-case text);
/// <c>metrics(trial, name, value)</c> one row per reported metric of a complete trial, so metrics can be queried in SQL.
/// Version 2 added the columns <c>proposal_seconds</c>, <c>queue_wait_seconds</c> and <c>evaluation_seconds</c> to
/// <c>trials</c> (<see cref="TrialTimings"/>); a version-1 file is upgraded when opened for writing, read as it is otherwise.
/// </summary>
internal static class StudyStoreSchema
{
    public const int Version = 2;

    /// <summary>The first version with <see cref="TrialTimings"/> columns.</summary>
    public const int TimingsVersion = 2;

    private const string CreateTables = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL);
        CREATE TABLE trials (
            number      INTEGER PRIMARY KEY,
            state       TEXT NOT NULL CHECK (state IN ('queued', 'running', 'complete', 'failed')),
            params      TEXT NOT NULL,
            attempt     INTEGER NOT NULL CHECK (attempt >= 1),
            worker      TEXT,
            started_at  TEXT,
            finished_at TEXT,
            error       TEXT,
            proposal_seconds   REAL,
            queue_wait_seconds REAL,
            evaluation_seconds REAL);
        CREATE TABLE metrics (
            trial INTEGER NOT NULL REFERENCES trials (number),
            name  TEXT NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (trial, name));
        """;

    /// <summary>True when the database has no tables at all (a new or zero-length file).</summary>
    public static bool IsEmpty(SqliteConnection connection, SqliteTransaction transaction) =>
        Scalar<long>(connection, transaction, "SELECT count(*) FROM sqlite_master") == 0;

    public static void Create(SqliteConnection connection, SqliteTransaction transaction, string definitionText)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = CreateTables + """

            INSERT INTO meta (key, value) VALUES ('schema_version', $version), ('definition', $definition), ('study_id', $id);
            """;
        command.Parameters.AddWithValue("$version", Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$definition", definitionText);
        command.Parameters.AddWithValue("$id", NewStudyId());
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The store's identity (<c>meta.study_id</c>, random at creation): two stores of one study file differ in it. A store
    /// made before identities existed gets one when opened for writing; opened read-only it has none (null).
    /// </summary>
    public static string? StudyId(SqliteConnection connection, SqliteTransaction transaction, bool readOnly)
    {
        var id = Meta(connection, transaction, "study_id");
        if (id is not null || readOnly)
            return id;
        id = NewStudyId();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta (key, value) VALUES ('study_id', $id)";
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
        return id;
    }

    private static string NewStudyId() => Guid.NewGuid().ToString("N");


    /// <summary>Replaces the stored study file's text (an accepted edit of a resumed study).</summary>
    public static void WriteDefinition(SqliteConnection connection, SqliteTransaction transaction, string definitionText)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE meta SET value = $definition WHERE key = 'definition'";
        command.Parameters.AddWithValue("$definition", definitionText);
        command.ExecuteNonQuery();
    }

    /// <summary>Checks that the database is a study store of a known version (1 or 2) and returns its definition text and version.</summary>
    public static (string Definition, int Version) ReadDefinition(SqliteConnection connection, SqliteTransaction transaction, string path)
    {
        var hasMeta = Scalar<long>(connection, transaction,
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") == 1;
        var text = hasMeta ? Meta(connection, transaction, "schema_version") : null;
        if (text is null)
            throw new InvalidDataException($"'{path}' is an SQLite database but not a study store (no schema_version)");
        if (!int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var version) || version is < 1 or > Version)
            throw new InvalidDataException($"'{path}' is a study store of schema version {text}; this program reads versions 1 to {Version}");
        var definition = Meta(connection, transaction, "definition")
                         ?? throw new InvalidDataException($"'{path}' is a study store without a study definition");
        return (definition, version);
    }

    /// <summary>Version 1 to 2: adds the timing columns (null for the trials already there).</summary>
    public static void UpgradeFromVersion1(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            ALTER TABLE trials ADD COLUMN proposal_seconds REAL;
            ALTER TABLE trials ADD COLUMN queue_wait_seconds REAL;
            ALTER TABLE trials ADD COLUMN evaluation_seconds REAL;
            UPDATE meta SET value = '{Version}' WHERE key = 'schema_version';
            """;
        command.ExecuteNonQuery();
    }

    private static string? Meta(SqliteConnection connection, SqliteTransaction transaction, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private static T Scalar<T>(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
