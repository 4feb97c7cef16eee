namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// The one place each complete line an evaluator prints on stdout is handled, in order, as it arrives: today it keeps
/// the last line that is a JSON object (the metrics); intermediate reports would be forwarded from here. Called by a
/// single reader; read its results once the reader is done.
/// </summary>
internal sealed class StdoutConsumer
{
    /// <summary>The last stdout line that is a JSON object, unless an over-long object-like line came after it.</summary>
    public string? LastJsonObjectLine { get; private set; }

    /// <summary>The length in bytes of an over-long line that began like a JSON object and came last, or null.</summary>
    public long? OverlongObjectLineBytes { get; private set; }

    public void OnLine(string line)
    {
        if (!MetricsParser.IsJsonObject(line))
            return;
        LastJsonObjectLine = line;
        OverlongObjectLineBytes = null;
    }

    /// <summary>A line longer than <see cref="BoundedLineReader.MaxLineBytes"/>, skipped unread.</summary>
    public void OnOverlongLine(long bytes, bool startsLikeObject)
    {
        if (!startsLikeObject)
            return;
        LastJsonObjectLine = null;
        OverlongObjectLineBytes = bytes;
    }
}
