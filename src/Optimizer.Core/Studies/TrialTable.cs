using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Optimizer.Core.Studies;

/// <summary>
/// Reads and writes <see cref="Trial"/> rows (tables <c>trials</c> and <c>metrics</c>) within one transaction;
/// <paramref name="hasTimings"/> is false for a store of schema version 1 opened read-only (no timing columns).
/// </summary>
internal sealed class TrialTable(SqliteConnection connection, SqliteTransaction transaction, bool hasTimings)
{
    private string SelectTrials => "SELECT number, state, params, attempt, worker, started_at, finished_at, error, " +
        (hasTimings ? "proposal_seconds, queue_wait_seconds, evaluation_seconds" : "NULL, NULL, NULL") + " FROM trials";

    public IReadOnlyList<Trial> All()
    {
        var values = new Dictionary<int, Dictionary<string, double>>();
        using (var metrics = Command("SELECT trial, name, value FROM metrics"))
        using (var reader = metrics.ExecuteReader())
            while (reader.Read())
                ValuesOf(values, reader.GetInt32(0))[reader.GetString(1)] = reader.GetDouble(2);
        using var trials = Command(SelectTrials + " ORDER BY number");
        return ReadTrials(trials, number => ValuesOf(values, number));
    }

    public Trial? Find(int number)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        using (var metrics = Command("SELECT name, value FROM metrics WHERE trial = $number", ("$number", number)))
        using (var reader = metrics.ExecuteReader())
            while (reader.Read())
                values[reader.GetString(0)] = reader.GetDouble(1);
        using var trials = Command(SelectTrials + " WHERE number = $number", ("$number", number));
        return ReadTrials(trials, _ => values).SingleOrDefault();
    }

    /// <summary>The number the next trial gets: 0 for the first, then one more than the largest.</summary>
    public int NextNumber()
    {
        using var command = Command("SELECT coalesce(max(number) + 1, 0) FROM trials");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Writes <paramref name="trial"/>'s row, inserting or replacing it, and replaces its metrics.</summary>
    public void Save(Trial trial)
    {
        using (var upsert = Command("""
            INSERT INTO trials (number, state, params, attempt, worker, started_at, finished_at, error,
                                proposal_seconds, queue_wait_seconds, evaluation_seconds)
            VALUES ($number, $state, $params, $attempt, $worker, $started, $finished, $error, $proposal, $wait, $evaluation)
            ON CONFLICT (number) DO UPDATE SET state = excluded.state, params = excluded.params, attempt = excluded.attempt,
                worker = excluded.worker, started_at = excluded.started_at, finished_at = excluded.finished_at, error = excluded.error,
                proposal_seconds = excluded.proposal_seconds, queue_wait_seconds = excluded.queue_wait_seconds,
                evaluation_seconds = excluded.evaluation_seconds
            """,
            ("$number", trial.Number), ("$state", StateText(trial.State)), ("$params", ParameterJson.Write(trial.Parameters)),
            ("$attempt", trial.Attempt), ("$worker", trial.Worker), ("$started", TimeText(trial.StartedAt)),
            ("$finished", TimeText(trial.FinishedAt)), ("$error", trial.Error), ("$proposal", trial.Timings?.ProposalSeconds),
            ("$wait", trial.Timings?.QueueWaitSeconds), ("$evaluation", trial.Timings?.EvaluationSeconds)))
            upsert.ExecuteNonQuery();
        using (var clear = Command("DELETE FROM metrics WHERE trial = $number", ("$number", trial.Number)))
            clear.ExecuteNonQuery();
        foreach (var (name, value) in trial.Values)
        {
            using var insert = Command("INSERT INTO metrics (trial, name, value) VALUES ($number, $name, $value)",
                ("$number", trial.Number), ("$name", name), ("$value", value));
            insert.ExecuteNonQuery();
        }
    }

    private static List<Trial> ReadTrials(SqliteCommand command, Func<int, IReadOnlyDictionary<string, double>> valuesOf)
    {
        var trials = new List<Trial>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var number = reader.GetInt32(0);
            trials.Add(new Trial(
                number,
                Enum.Parse<TrialState>(reader.GetString(1), ignoreCase: true),
                ParameterJson.Read(reader.GetString(2)),
                valuesOf(number),
                reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : ParseTime(reader.GetString(5)),
                reader.IsDBNull(6) ? null : ParseTime(reader.GetString(6)),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                TimingsOf(reader)));
        }
        return trials;
    }

    private static TrialTimings? TimingsOf(SqliteDataReader reader)
    {
        double? Seconds(int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);
        var timings = new TrialTimings(Seconds(8), Seconds(9), Seconds(10));
        return timings == TrialTimings.None ? null : timings;
    }

    private static Dictionary<string, double> ValuesOf(Dictionary<int, Dictionary<string, double>> values, int number) =>
        values.TryGetValue(number, out var found) ? found : values[number] = new Dictionary<string, double>(StringComparer.Ordinal);

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static string StateText(TrialState state) => state.ToString().ToLowerInvariant();

    private static string? TimeText(DateTimeOffset? at) => at?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
