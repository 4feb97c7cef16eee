namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// The last lines of a stream of text (at most a number of lines and of characters: by default <see cref="MaxLines"/>
/// and <see cref="MaxChars"/>, what an error message quotes), kept so a failure can say what the command last wrote
/// to stderr. Thread-safe.
/// </summary>
internal sealed class OutputTail(int maxLines = OutputTail.MaxLines, int maxChars = OutputTail.MaxChars)
{
    public const int MaxLines = 20;
    public const int MaxChars = 2048;

    private readonly Queue<string> _lines = new();
    private readonly Lock _lock = new();
    private int _chars;

    public void Append(string line)
    {
        if (line.Length > maxChars)
            line = line[^maxChars..];
        lock (_lock)
        {
            _lines.Enqueue(line);
            _chars += line.Length;
            while (_lines.Count > maxLines || _chars > maxChars)
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
