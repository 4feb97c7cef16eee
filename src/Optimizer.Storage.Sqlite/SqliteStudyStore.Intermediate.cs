using System.Globalization;
using Microsoft.Data.Sqlite;
using Optimizer.Core.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Storage.Sqlite;

// Intermediate reports live in intermediate_values(trial, attempt, step, name, value, reported_at) (schema version 3);
// a store of an older version opened read-only may lack the table and reads as having no reports.
public sealed partial class SqliteStudyStore
{
    private const string SelectReports = "SELECT trial, attempt, step, name, value, reported_at FROM intermediate_values";

    public bool Report(int number, IntermediateReport report)
    {
        if (_readOnly)
            throw new InvalidOperationException($"the study store '{Path}' was opened read-only");
        if (report.Step < 1)
            throw new ArgumentException($"trial {number}: step {report.Step} is not a step (steps count from 1)", nameof(report));
        var notFinite = report.Values.FirstOrDefault(v => !double.IsFinite(v.Value));
        if (notFinite.Key is not null)
            throw new ArgumentException($"trial {number}: intermediate metric '{notFinite.Key}' is {notFinite.Value}, not a finite number", nameof(report));
        return Failing(() => Record(number, report));
    }

    private bool Record(int number, IntermediateReport report)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var trial = Existing(new TrialTable(_commands, transaction, _hasTimings), number);
            if (trial.State != TrialState.Running || trial.Attempt != report.Attempt)
                return false;
            // The same step with the same values again (a worker resending what was not acknowledged) keeps its row, and so its place.
            if (StoredValues(transaction, number, report.Attempt, report.Step) is { } stored && SameValues(stored, report.Values))
                return true;
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

    public IReadOnlyList<IntermediateReport> IntermediateReports(int number) =>
        ReadReports($"{SelectReports} WHERE trial = $trial ORDER BY attempt, step, name", number).Select(r => r.Report).ToList();

    public IReadOnlyList<TrialReport> AllIntermediateReports() => ReadReports($"{SelectReports} ORDER BY rowid", trial: null);

    private List<TrialReport> ReadReports(string sql, int? trial) => Failing(() => QueryReports(sql, trial));

    private List<TrialReport> QueryReports(string sql, int? trial)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: true);
            using (var exists = Command(transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'intermediate_values'"))
                if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
                    return [];
            using var select = Command(transaction, sql);
            if (trial is { } number)
                select.Parameters.AddWithValue("$trial", number);
            // Rows of one report are consecutive in either order; a report is kept where its first row stands.
            var reports = new List<TrialReport>();
            var index = new Dictionary<(int Trial, int Attempt, int Step), int>();
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var key = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
                if (!index.TryGetValue(key, out var at))
                {
                    index[key] = at = reports.Count;
                    reports.Add(new TrialReport(key.Item1, new IntermediateReport(key.Item2, key.Item3,
                        new Dictionary<string, double>(StringComparer.Ordinal),
                        DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))));
                }
                ((Dictionary<string, double>)reports[at].Report.Values)[reader.GetString(3)] = reader.GetDouble(4);
            }
            return reports;
        }
    }

    private Dictionary<string, double>? StoredValues(SqliteTransaction transaction, int number, int attempt, int step)
    {
        using var select = Command(transaction, "SELECT name, value FROM intermediate_values WHERE trial = $trial AND attempt = $attempt AND step = $step");
        select.Parameters.AddWithValue("$trial", number);
        select.Parameters.AddWithValue("$attempt", attempt);
        select.Parameters.AddWithValue("$step", step);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        using var reader = select.ExecuteReader();
        while (reader.Read())
            values[reader.GetString(0)] = reader.GetDouble(1);
        return values.Count == 0 ? null : values;
    }

    private static bool SameValues(Dictionary<string, double> stored, IReadOnlyDictionary<string, double> reported) =>
        stored.Count == reported.Count && reported.All(r => stored.TryGetValue(r.Key, out var value) && value.Equals(r.Value));

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
