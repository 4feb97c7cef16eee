using System.Globalization;
using Microsoft.Data.Sqlite;
using Optimizer.Core.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Storage.Sqlite;

/// <summary>
/// Reads and writes <see cref="Trial"/> rows (tables <c>trials</c> and <c>metrics</c>) within one transaction,
/// through the connection's <paramref name="commands"/>; <paramref name="hasTimings"/> is false for a store of
/// schema version 1 opened read-only (no timing columns).
/// </summary>
internal sealed class TrialTable(PreparedCommands commands, SqliteTransaction transaction, bool hasTimings)
{
    private const string SelectWithTimings = "SELECT number, state, params, attempt, worker, started_at, finished_at, error, " +
        "proposal_seconds, queue_wait_seconds, evaluation_seconds FROM trials";

    private const string SelectWithoutTimings = "SELECT number, state, params, attempt, worker, started_at, finished_at, error, " +
        "NULL, NULL, NULL FROM trials";

    private string SelectTrials => hasTimings ? SelectWithTimings : SelectWithoutTimings;

    public IReadOnlyList<Trial> All()
    {
        var values = new Dictionary<int, Dictionary<string, double>>();
        using (var reader = Command("SELECT trial, name, value FROM metrics").ExecuteReader())
            while (reader.Read())
                ValuesOf(values, reader.GetInt32(0))[reader.GetString(1)] = reader.GetDouble(2);
        return ReadTrials(Command(SelectTrials + " ORDER BY number"), number => ValuesOf(values, number));
    }

    public Trial? Find(int number)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        using (var reader = Command("SELECT name, value FROM metrics WHERE trial = $number", ("$number", number)).ExecuteReader())
            while (reader.Read())
                values[reader.GetString(0)] = reader.GetDouble(1);
        return ReadTrials(Command(SelectTrials + " WHERE number = $number", ("$number", number)), _ => values).SingleOrDefault();
    }

    /// <summary>The number the next trial gets: 0 for the first, then one more than the largest.</summary>
    public int NextNumber()
    {
        return Convert.ToInt32(Command("SELECT coalesce(max(number) + 1, 0) FROM trials").ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Writes <paramref name="trial"/>'s row, inserting or replacing it, and replaces its metrics.</summary>
    public void Save(Trial trial)
    {
        Command("""
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
            ("$wait", trial.Timings?.QueueWaitSeconds), ("$evaluation", trial.Timings?.EvaluationSeconds)).ExecuteNonQuery();
        Command("DELETE FROM metrics WHERE trial = $number", ("$number", trial.Number)).ExecuteNonQuery();
        foreach (var (name, value) in trial.Values)
            Command("INSERT INTO metrics (trial, name, value) VALUES ($number, $name, $value)",
                ("$number", trial.Number), ("$name", name), ("$value", value)).ExecuteNonQuery();
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

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters) =>
        commands.Get(sql, transaction, parameters);

    private static string StateText(TrialState state) => state.ToString().ToLowerInvariant();

    private static string? TimeText(DateTimeOffset? at) => at?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
