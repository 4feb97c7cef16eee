using Microsoft.Data.Sqlite;

namespace Optimizer.Storage.Sqlite;

/// <summary>
/// One <see cref="SqliteCommand"/> per SQL text on a connection, kept for the connection's life, so each statement is
/// compiled once rather than on every call. Callers must not dispose the commands they get; readers they may.
/// </summary>
internal sealed class PreparedCommands(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/>, enlisted in <paramref name="transaction"/> with these parameter values.</summary>
    public SqliteCommand Get(string sql, SqliteTransaction transaction, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
        _commands.Clear();
    }
}
