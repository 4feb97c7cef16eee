namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// The one place each complete line an evaluator prints on stdout is handled, in order, as it arrives: a JSON object
/// with a <c>step</c> (<c>{"step": 3, "val_loss": 0.41}</c>) is an intermediate report, forwarded to
/// <paramref name="onIntermediate"/> when its step is an integer above the previous one and its values are finite
/// numbers (any other is dropped); the last other JSON object is the metrics. Called by a single reader; read its
/// results once the reader is done.
/// </summary>
internal sealed class StdoutConsumer(Action<int, IReadOnlyDictionary<string, double>>? onIntermediate = null)
{
    private int _lastStep;

    /// <summary>The last stdout line that is a JSON object, unless an over-long object-like line came after it.</summary>
    public string? LastJsonObjectLine { get; private set; }

    /// <summary>The length in bytes of an over-long line that began like a JSON object and came last, or null.</summary>
    public long? OverlongObjectLineBytes { get; private set; }

    public void OnLine(string line)
    {
        if (!MetricsParser.IsJsonObject(line))
            return;
        if (MetricsParser.IsIntermediate(line, out var step, out var values))
        {
            if (values is not null && step > _lastStep && values.Values.All(double.IsFinite))
            {
                _lastStep = step;
                onIntermediate?.Invoke(step, values);
            }
            return;
        }
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
