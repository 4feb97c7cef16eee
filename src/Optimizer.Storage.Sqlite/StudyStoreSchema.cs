using Microsoft.Data.Sqlite;
using Optimizer.Core.Studies;

namespace Optimizer.Storage.Sqlite;

/// <summary>
/// The tables of a study store, version 4:
/// <c>meta(key, value)</c> holds <c>schema_version</c>, <c>definition</c> (the study file's text) and <c>study_id</c> (see <see cref="StudyId"/>);
/// <c>trials</c> one row per trial (params as a JSON object, times as ISO-8601 UTC text, state as lower-case text);
/// <c>metrics(trial, name, value)</c> one row per reported metric of a complete trial, so metrics can be queried in SQL.
/// Version 2 added the columns <c>proposal_seconds</c>, <c>queue_wait_seconds</c> and <c>evaluation_seconds</c> to
/// <c>trials</c> (<see cref="TrialTimings"/>). Version 3 added the states <c>pruned</c> and <c>interrupted</c> (an
/// interrupted trial was <c>failed</c> with error <c>interrupted</c> before) and made
/// <c>intermediate_values(trial, attempt, step, name, value, reported_at)</c> part of the schema. Version 4 added
/// <c>trial_output(trial, attempt, stdout, stderr)</c>, the tail of each attempt's evaluator output (<see cref="TrialOutput"/>).
/// An older file is upgraded when opened for writing, read as it is otherwise.
/// </summary>
internal static class StudyStoreSchema
{
    public const int Version = 4;

    /// <summary>The first version with <see cref="TrialTimings"/> columns.</summary>
    public const int TimingsVersion = 2;

    private const string CreateTables = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL);
        CREATE TABLE trials (
            number      INTEGER PRIMARY KEY,
            state       TEXT NOT NULL CHECK (state IN ('queued', 'running', 'complete', 'failed', 'pruned', 'interrupted')),
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
        CREATE TABLE intermediate_values (
            trial       INTEGER NOT NULL REFERENCES trials (number),
            attempt     INTEGER NOT NULL,
            step        INTEGER NOT NULL CHECK (step >= 1),
            name        TEXT NOT NULL,
            value       REAL NOT NULL,
            reported_at TEXT NOT NULL,
            PRIMARY KEY (trial, attempt, step, name));
        """;

    // Version 4's table, apart so that the upgrade of an older store creates it too.
    private const string CreateOutputTable = """
        CREATE TABLE trial_output (
            trial   INTEGER NOT NULL REFERENCES trials (number),
            attempt INTEGER NOT NULL,
            stdout  TEXT NOT NULL,
            stderr  TEXT NOT NULL,
            PRIMARY KEY (trial, attempt));
        """;

    /// <summary>True when the database has no tables at all (a new or zero-length file).</summary>
    public static bool IsEmpty(SqliteConnection connection, SqliteTransaction transaction) =>
        Scalar<long>(connection, transaction, "SELECT count(*) FROM sqlite_master") == 0;

    public static void Create(SqliteConnection connection, SqliteTransaction transaction, string definitionText)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = CreateTables + CreateOutputTable + """

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

    /// <summary>Checks that the database is a study store of a known version (1 to 4) and returns its definition text and version.</summary>
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

    /// <summary>Brings a store of an older <paramref name="version"/> to <see cref="Version"/>, inside the caller's transaction.</summary>
    public static void Upgrade(SqliteConnection connection, SqliteTransaction transaction, int version)
    {
        if (version < 2)
            Execute(connection, transaction, """
                ALTER TABLE trials ADD COLUMN proposal_seconds REAL;
                ALTER TABLE trials ADD COLUMN queue_wait_seconds REAL;
                ALTER TABLE trials ADD COLUMN evaluation_seconds REAL;
                """);
        if (version < 3)
            UpgradeToVersion3(connection, transaction);
        if (version < 4)
            Execute(connection, transaction, CreateOutputTable);
        Execute(connection, transaction, $"UPDATE meta SET value = '{Version}' WHERE key = 'schema_version'");
    }

    // SQLite cannot change a CHECK constraint in place: the trials table is rebuilt under its new one. Renaming the old
    // table moves the tables that reference it onto the old copy, so they are rebuilt too, pointing at the new one.
    // intermediate_values existed only in stores that had a report; it is created empty in the others.
    private static void UpgradeToVersion3(SqliteConnection connection, SqliteTransaction transaction)
    {
        var hasIntermediate = Scalar<long>(connection, transaction,
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'intermediate_values'") == 1;
        Execute(connection, transaction, "ALTER TABLE trials RENAME TO trials_v2");
        if (hasIntermediate)
            Execute(connection, transaction, "ALTER TABLE intermediate_values RENAME TO intermediate_values_v2");
        Execute(connection, transaction, "ALTER TABLE metrics RENAME TO metrics_v2");
        Execute(connection, transaction, CreateTables[CreateTables.IndexOf("CREATE TABLE trials", StringComparison.Ordinal)..]);
        Execute(connection, transaction, """
            INSERT INTO trials SELECT number,
                CASE WHEN state = 'failed' AND error = 'interrupted' THEN 'interrupted' ELSE state END,
                params, attempt, worker, started_at, finished_at,
                CASE WHEN state = 'failed' AND error = 'interrupted' THEN NULL ELSE error END,
                proposal_seconds, queue_wait_seconds, evaluation_seconds
            FROM trials_v2;
            INSERT INTO metrics SELECT trial, name, value FROM metrics_v2;
            DROP TABLE metrics_v2;
            """);
        if (hasIntermediate)
            Execute(connection, transaction, """
                INSERT INTO intermediate_values SELECT trial, attempt, step, name, value, reported_at FROM intermediate_values_v2 ORDER BY rowid;
                DROP TABLE intermediate_values_v2;
                """);
        Execute(connection, transaction, "DROP TABLE trials_v2");
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
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
