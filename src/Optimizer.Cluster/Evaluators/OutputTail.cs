namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// The last lines of a stream of text (at most <see cref="MaxLines"/> lines and <see cref="MaxChars"/> characters),
/// kept so a failure can say what the command last wrote to stderr. Thread-safe.
/// </summary>
internal sealed class OutputTail
{
    public const int MaxLines = 20;
    public const int MaxChars = 2048;

    private readonly Queue<string> _lines = new();
    private readonly Lock _lock = new();
    private int _chars;

    public void Append(string line)
    {
        if (line.Length > MaxChars)
            line = line[^MaxChars..];
        lock (_lock)
        {
            _lines.Enqueue(line);
            _chars += line.Length;
            while (_lines.Count > MaxLines || _chars > MaxChars)
                _chars -= _lines.Dequeue().Length;
        }
    }

    /// <summary>The kept lines joined by newlines; empty when nothing was written.</summary>
    public override string ToString()
    {
        lock (_lock)
            return string.Join('\n', _lines);
    }
}
