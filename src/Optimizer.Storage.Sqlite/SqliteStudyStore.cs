using Microsoft.Data.Sqlite;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Storage.Sqlite;

/// <summary>
/// A study kept in one SQLite file in WAL mode, so other processes (the viewer, <c>optimizer export</c>) can read it
/// while it is written. Each method is one transaction; calls from several threads are serialized.
/// Trials are numbered from 0. Tables are described on <see cref="StudyStoreSchema"/>.
/// </summary>
public sealed partial class SqliteStudyStore : IStudyStore
{
    private const int BusyTimeoutMilliseconds = 5000;

    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly PreparedCommands _commands;
    private readonly bool _readOnly;
    private readonly bool _hasTimings;

    private SqliteStudyStore(SqliteConnection connection, string path, string definitionText, bool readOnly, int schemaVersion, string? studyId)
    {
        StudyId = studyId;
        _connection = connection;
        _commands = new PreparedCommands(connection);
        _readOnly = readOnly;
        _hasTimings = schemaVersion >= StudyStoreSchema.TimingsVersion;
        Path = path;
        DefinitionText = definitionText;
    }

    /// <summary>The store's file.</summary>
    public string Path { get; }

    public string DefinitionText { get; private set; }

    /// <summary>
    /// Records an edited study file for a resumed study; the caller has checked that the edit changes nothing that was
    /// measured (<c>StudyFileEdit</c> of Optimizer.StudyFiles).
    /// </summary>
    public void ReplaceDefinition(string definitionText)
    {
        if (_readOnly)
            throw new InvalidOperationException($"the study store '{Path}' was opened read-only");
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            StudyStoreSchema.WriteDefinition(_connection, transaction, definitionText);
            transaction.Commit();
            DefinitionText = definitionText;
        }
    }

    /// <summary>
    /// This store's identity, random at creation: what keeps two stores of one study file apart (their trial
    /// directories). Null only for a store older than identities opened read-only.
    /// </summary>
    public string? StudyId { get; }

    /// <summary>Creates a store for a new study in a new (or empty) file; fails if the file already holds anything.</summary>
    public static SqliteStudyStore Create(string path, string definitionText)
    {
        if (File.Exists(path) && new FileInfo(path).Length > 0)
            throw AlreadyExists(path);
        if (File.Exists(path))
            return OpenWritable(path, SqliteOpenMode.ReadWriteCreate, definitionText, mayExist: false);
        if (!PublishNewStore(path, definitionText))
            throw AlreadyExists(path);
        return OpenWritable(path, SqliteOpenMode.ReadWrite, definitionText: null, mayExist: true);
    }

    /// <summary>Opens an existing store. A read-only store neither creates nor writes any file; its writing methods throw.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a study store, or one of an unknown schema version.</exception>
    public static SqliteStudyStore Open(string path, bool readOnly = false)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"no study store at '{path}'", path);
        if (!readOnly)
            return OpenWritable(path, SqliteOpenMode.ReadWrite, definitionText: null, mayExist: true);
        var connection = Connect(path, SqliteOpenMode.ReadOnly);
        return Initialize(connection, path, readOnly: true, transaction => StudyStoreSchema.ReadDefinition(connection, transaction, path));
    }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it with <paramref name="definitionText"/> if there is none.
    /// An existing store keeps its own definition; compare <see cref="DefinitionText"/> to detect an edited study file.
    /// </summary>
    public static SqliteStudyStore OpenOrCreate(string path, string definitionText)
    {
        if (!File.Exists(path))
            PublishNewStore(path, definitionText);
        return OpenWritable(path, SqliteOpenMode.ReadWriteCreate, definitionText, mayExist: true);
    }

    public IReadOnlyList<Trial> Trials()
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: true);
            return new TrialTable(_commands, transaction, _hasTimings).All();
        }
    }

    /// <summary>
    /// A number that differs from the one the previous call returned whenever another connection (a running study)
    /// has committed a change to the file since (SQLite's <c>PRAGMA data_version</c>): a poll costing microseconds.
    /// </summary>
    public long ChangeStamp()
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA data_version";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public Trial Enqueue(Assignment parameters, double? proposalSeconds = null) =>
        Write(table => Saved(table, new Trial(table.NextNumber(), TrialState.Queued, parameters.ToDictionary(),
            new Dictionary<string, double>(), 1, null, null, null, null,
            proposalSeconds is null ? null : TrialTimings.None with { ProposalSeconds = proposalSeconds })));

    public Trial Start(int number, string worker, DateTimeOffset at, double? queueWaitSeconds = null) =>
        Write(table =>
        {
            var trial = Existing(table, number);
            if (trial.State != TrialState.Queued)
                throw new InvalidOperationException($"trial {number} cannot start: it is {trial.State}, not Queued");
            return Saved(table, trial with
            {
                State = TrialState.Running,
                Worker = worker,
                StartedAt = at.ToUniversalTime(),
                Timings = Measured((trial.Timings ?? TrialTimings.None) with { QueueWaitSeconds = queueWaitSeconds }),
            });
        });

    public Trial Complete(int number, int attempt, IReadOnlyDictionary<string, double> values, DateTimeOffset at,
        double? evaluationSeconds = null)
    {
        var notANumber = values.FirstOrDefault(v => double.IsNaN(v.Value));
        if (notANumber.Key is not null)
            throw new ArgumentException($"metric '{notANumber.Key}' of trial {number} is NaN; fail the trial instead", nameof(values));
        return Finish(number, attempt, trial => trial with
        {
            State = TrialState.Complete,
            Values = values.ToDictionary(),
            FinishedAt = at.ToUniversalTime(),
            Error = null,
            Timings = Measured((trial.Timings ?? TrialTimings.None) with { EvaluationSeconds = evaluationSeconds }),
        });
    }

    public Trial Fail(int number, int attempt, string reason, DateTimeOffset at, double? evaluationSeconds = null) =>
        Finish(number, attempt, trial => trial with
        {
            State = TrialState.Failed,
            FinishedAt = at.ToUniversalTime(),
            Error = reason,
            Timings = Measured((trial.Timings ?? TrialTimings.None) with { EvaluationSeconds = evaluationSeconds }),
        });

    public Trial Prune(int number, int attempt, DateTimeOffset at, double? evaluationSeconds = null) =>
        Finish(number, attempt, trial => trial with
        {
            State = TrialState.Pruned,
            Values = new Dictionary<string, double>(),
            FinishedAt = at.ToUniversalTime(),
            Error = null,
            Timings = Measured((trial.Timings ?? TrialTimings.None) with { EvaluationSeconds = evaluationSeconds }),
        });

    public Trial Interrupt(int number, int attempt, DateTimeOffset at) =>
        Finish(number, attempt, trial => trial with { State = TrialState.Interrupted, FinishedAt = at.ToUniversalTime(), Error = null });

    public Trial Requeue(int number) =>
        Write(table =>
        {
            var trial = Existing(table, number);
            if (trial.State is not (TrialState.Running or TrialState.Failed or TrialState.Interrupted))
                throw new InvalidOperationException($"trial {number} cannot be re-queued: it is {trial.State}, not Running, Failed or Interrupted");
            return Saved(table, trial with
            {
                State = TrialState.Queued,
                Attempt = trial.Attempt + 1,
                Values = new Dictionary<string, double>(),
                Worker = null,
                StartedAt = null,
                FinishedAt = null,
                Error = null,
                Timings = trial.Timings?.ProposalSeconds is { } proposal ? TrialTimings.None with { ProposalSeconds = proposal } : null,
            });
        });

    public void Dispose()
    {
        lock (_gate)
        {
            if (_connection.State != System.Data.ConnectionState.Open)
                return;
            _commands.Dispose();
            if (!_readOnly)
                LeaveWriteAheadLog();
            _connection.Dispose();
        }
    }

    // A file at rest in rollback-journal mode can be opened read-only without SQLite creating -wal and -shm files
    // beside it. While a reader is attached the switch is refused (SQLITE_BUSY) after a short wait: the file then
    // stays in WAL mode, which is equally consistent, so there is nothing to report.
    private void LeaveWriteAheadLog()
    {
        Execute(_connection, "PRAGMA busy_timeout = 0");
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = DELETE";
        command.CommandTimeout = 1; // seconds; Microsoft.Data.Sqlite retries a busy statement until this runs out
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
        }
    }

    // A result for an attempt other than the current one, or for a finished or interrupted trial, is late: ignore it.
    private Trial Finish(int number, int attempt, Func<Trial, Trial> finished) =>
        Write(table =>
        {
            var trial = Existing(table, number);
            if (trial.Attempt != attempt || trial.IsTerminal || trial.State == TrialState.Interrupted)
                return trial;
            if (trial.State != TrialState.Running)
                throw new InvalidOperationException($"trial {number} cannot finish: attempt {attempt} is {trial.State}, not Running");
            return Saved(table, finished(trial));
        });

    private Trial Write(Func<TrialTable, Trial> change)
    {
        if (_readOnly)
            throw new InvalidOperationException($"the study store '{Path}' was opened read-only");
        lock (_gate)
        {
            // BEGIN IMMEDIATE: take the write lock up front, so a concurrent writer waits (busy_timeout) instead of failing.
            using var transaction = _connection.BeginTransaction(deferred: false);
            var trial = change(new TrialTable(_commands, transaction, _hasTimings));
            transaction.Commit();
            return trial;
        }
    }

    // Nothing measured reads back as null, so a trial compares equal before and after a round trip through the file.
    private static TrialTimings? Measured(TrialTimings timings) => timings == TrialTimings.None ? null : timings;

    private static Trial Saved(TrialTable table, Trial trial)
    {
        table.Save(trial);
        return trial;
    }

    private Trial Existing(TrialTable table, int number) =>
        table.Find(number) ?? throw new KeyNotFoundException($"the study store '{Path}' has no trial {number}");

    /// <summary>
    /// Builds the schema in a file beside <paramref name="path"/> and renames it into place, so a reader never sees a
    /// half-created store. If another process published a store there first, that one stands and this returns false.
    /// </summary>
    private static bool PublishNewStore(string path, string definitionText)
    {
        var staging = $"{path}.{Guid.NewGuid():N}.creating";
        try
        {
            using (var connection = Connect(staging, SqliteOpenMode.ReadWriteCreate))
            using (var transaction = connection.BeginTransaction(deferred: false))
            {
                StudyStoreSchema.Create(connection, transaction, definitionText);
                transaction.Commit();
            }
            File.Move(staging, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        finally
        {
            File.Delete(staging);
        }
    }

    private static SqliteStudyStore OpenWritable(string path, SqliteOpenMode mode, string? definitionText, bool mayExist)
    {
        var connection = Connect(path, mode);
        return Initialize(connection, path, readOnly: false, transaction =>
        {
            if (definitionText is not null && StudyStoreSchema.IsEmpty(connection, transaction))
            {
                StudyStoreSchema.Create(connection, transaction, definitionText);
                return (definitionText, StudyStoreSchema.Version);
            }
            if (!mayExist)
                throw AlreadyExists(path);
            var (definition, version) = StudyStoreSchema.ReadDefinition(connection, transaction, path);
            if (version < StudyStoreSchema.Version)
                StudyStoreSchema.Upgrade(connection, transaction, version);
            return (definition, StudyStoreSchema.Version);
        });
    }

    private static SqliteStudyStore Initialize(
        SqliteConnection connection, string path, bool readOnly, Func<SqliteTransaction, (string Text, int Version)> definition)
    {
        try
        {
            if (!readOnly)
            {
                Execute(connection, "PRAGMA journal_mode = WAL");
                // In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process loses nothing committed,
                // a power cut may lose the last commits but never corrupts the file. Full sync capped dispatch near 300 trials/s.
                Execute(connection, "PRAGMA synchronous = NORMAL");
            }
            using var transaction = connection.BeginTransaction(deferred: readOnly);
            var (text, version) = definition(transaction);
            var studyId = StudyStoreSchema.StudyId(connection, transaction, readOnly);
            transaction.Commit();
            return new SqliteStudyStore(connection, path, text, readOnly, version, studyId);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 26) // SQLITE_NOTADB
        {
            connection.Dispose();
            throw new InvalidDataException($"'{path}' is not a study store (not an SQLite database)", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static InvalidOperationException AlreadyExists(string path) =>
        new($"'{path}' already exists and is not empty; a new study needs a new file (open the existing one to resume it)");

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        // No pooling: disposing the store closes the file, so another process or a test can remove or replace it.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            Execute(connection, "PRAGMA foreign_keys = ON");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
