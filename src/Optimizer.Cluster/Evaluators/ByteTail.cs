using System.Text;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// The last <see cref="Capacity"/> bytes written to a stream, in a fixed buffer: what a failure can quote of an
/// evaluator's output, whatever it printed. Single writer; read once the writer is done.
/// </summary>
internal sealed class ByteTail
{
    public const int Capacity = 64 * 1024;

    private readonly byte[] _ring = new byte[Capacity];
    private long _written;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > Capacity)
            bytes = bytes[^Capacity..];
        var start = (int)(_written % Capacity);
        var first = Math.Min(bytes.Length, Capacity - start);
        bytes[..first].CopyTo(_ring.AsSpan(start));
        bytes[first..].CopyTo(_ring);
        _written += bytes.Length;
    }

    /// <summary>The kept bytes as UTF-8 text (a character cut at the start becomes U+FFFD).</summary>
    public override string ToString()
    {
        if (_written <= Capacity)
            return Encoding.UTF8.GetString(_ring, 0, (int)_written);
        var start = (int)(_written % Capacity);
        return Encoding.UTF8.GetString([.. _ring.AsSpan(start), .. _ring.AsSpan(0, start)]);
    }

    /// <summary>The last lines of the kept text, as <see cref="OutputTail"/> bounds them (by default for an error message).</summary>
    public string LastLines(int maxLines = OutputTail.MaxLines, int maxChars = OutputTail.MaxChars)
    {
        var tail = new OutputTail(maxLines, maxChars);
        foreach (var line in ToString().TrimEnd('\n').Split('\n'))
            tail.Append(line.TrimEnd('\r'));
        return _written == 0 ? "" : tail.ToString();
    }
}
