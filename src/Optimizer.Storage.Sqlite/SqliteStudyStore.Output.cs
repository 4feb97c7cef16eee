using System.Globalization;
using Optimizer.Core.Studies;

namespace Optimizer.Storage.Sqlite;

// Evaluator output lives in trial_output(trial, attempt, stdout, stderr), one row per attempt (schema version 4);
// a store of an older version opened read-only lacks the table and reads as having none.
public sealed partial class SqliteStudyStore
{
    public bool RecordOutput(int number, TrialOutput output)
    {
        if (_readOnly)
            throw new InvalidOperationException($"the study store '{Path}' was opened read-only");
        var bounded = TrialOutput.Bounded(output.Attempt, output.Stdout, output.Stderr);
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            if (Existing(new TrialTable(_commands, transaction, _hasTimings), number).Attempt != bounded.Attempt)
                return false;
            using var upsert = Command(transaction, "INSERT OR REPLACE INTO trial_output VALUES ($trial, $attempt, $stdout, $stderr)");
            upsert.Parameters.AddWithValue("$trial", number);
            upsert.Parameters.AddWithValue("$attempt", bounded.Attempt);
            upsert.Parameters.AddWithValue("$stdout", bounded.Stdout);
            upsert.Parameters.AddWithValue("$stderr", bounded.Stderr);
            upsert.ExecuteNonQuery();
            transaction.Commit();
            return true;
        }
    }

    public TrialOutput? Output(int number)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: true);
            using (var exists = Command(transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'trial_output'"))
                if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
                    return null;
            using var select = Command(transaction,
                "SELECT attempt, stdout, stderr FROM trial_output WHERE trial = $trial ORDER BY attempt DESC LIMIT 1");
            select.Parameters.AddWithValue("$trial", number);
            using var reader = select.ExecuteReader();
            return reader.Read() ? new TrialOutput(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)) : null;
        }
    }
}
