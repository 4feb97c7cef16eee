using System.Globalization;
using Microsoft.Data.Sqlite;
using Optimizer.Core.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Storage.Sqlite;

// Intermediate reports live in their own table, intermediate_values(trial, attempt, step, name, value, reported_at),
// created by the first report: stores without it read as having no reports, and older readers ignore it.
public sealed partial class SqliteStudyStore
{
    private const string CreateIntermediateTable = """
        CREATE TABLE IF NOT EXISTS intermediate_values (
            trial       INTEGER NOT NULL REFERENCES trials (number),
            attempt     INTEGER NOT NULL,
            step        INTEGER NOT NULL CHECK (step >= 1),
            name        TEXT NOT NULL,
            value       REAL NOT NULL,
            reported_at TEXT NOT NULL,
            PRIMARY KEY (trial, attempt, step, name));
        """;

    public bool Report(int number, IntermediateReport report)
    {
        if (_readOnly)
            throw new InvalidOperationException($"the study store '{Path}' was opened read-only");
        if (report.Step < 1)
            throw new ArgumentException($"trial {number}: step {report.Step} is not a step (steps count from 1)", nameof(report));
        var notFinite = report.Values.FirstOrDefault(v => !double.IsFinite(v.Value));
        if (notFinite.Key is not null)
            throw new ArgumentException($"trial {number}: intermediate metric '{notFinite.Key}' is {notFinite.Value}, not a finite number", nameof(report));
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var trial = Existing(new TrialTable(_commands, transaction, _hasTimings), number);
            if (trial.State != TrialState.Running || trial.Attempt != report.Attempt)
                return false;
            Run(transaction, CreateIntermediateTable);
            using (var delete = Command(transaction, "DELETE FROM intermediate_values WHERE trial = $trial AND attempt = $attempt AND step = $step"))
            {
                delete.Parameters.AddWithValue("$trial", number);
                delete.Parameters.AddWithValue("$attempt", report.Attempt);
                delete.Parameters.AddWithValue("$step", report.Step);
                delete.ExecuteNonQuery();
            }
            foreach (var (name, value) in report.Values)
            {
                using var insert = Command(transaction, "INSERT INTO intermediate_values VALUES ($trial, $attempt, $step, $name, $value, $at)");
                insert.Parameters.AddWithValue("$trial", number);
                insert.Parameters.AddWithValue("$attempt", report.Attempt);
                insert.Parameters.AddWithValue("$step", report.Step);
                insert.Parameters.AddWithValue("$name", name);
                insert.Parameters.AddWithValue("$value", value);
                insert.Parameters.AddWithValue("$at", TrialJson.Time(report.At));
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
            return true;
        }
    }

    public IReadOnlyList<IntermediateReport> IntermediateReports(int number)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: true);
            using (var exists = Command(transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'intermediate_values'"))
                if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
                    return [];
            using var select = Command(transaction,
                "SELECT attempt, step, name, value, reported_at FROM intermediate_values WHERE trial = $trial ORDER BY attempt, step, name");
            select.Parameters.AddWithValue("$trial", number);
            var rows = new List<(int Attempt, int Step, string Name, double Value, string At)>();
            using (var reader = select.ExecuteReader())
                while (reader.Read())
                    rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), reader.GetDouble(3), reader.GetString(4)));
            var reports = rows.GroupBy(r => (r.Attempt, r.Step))
                .Select(g => new IntermediateReport(g.Key.Attempt, g.Key.Step, g.ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal),
                    DateTimeOffset.Parse(g.First().At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)))
                .ToList();
            return reports;
        }
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private void Run(SqliteTransaction transaction, string sql)
    {
        using var command = Command(transaction, sql);
        command.ExecuteNonQuery();
    }
}
