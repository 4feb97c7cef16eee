using System.Text.RegularExpressions;

namespace Optimizer.Cli.Output;

/// <summary>
/// Where a study's strategy says what it fell back to (a hyper-parameter fit that left the prior's mode standing),
/// written so that a study proposing thousands of times does not write thousands of lines. The first message of each
/// kind is written as it comes; a kind is the text with its numbers masked ("the fit on 12 observations" and "on 480"
/// are one kind). Later messages of a kind are counted, and the count is written with the latest text when the kind
/// occurs again <see cref="Interval"/> or more after its last line, and when the study ends (<see cref="Flush"/>).
/// Thread-safe: fits report from the thread pool.
/// </summary>
internal sealed partial class RepeatedWarnings(TextWriter output, TimeProvider clock)
{
    /// <summary>At most one line per kind in this time while it keeps occurring.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Kind> _byText = new(StringComparer.Ordinal);
    private readonly List<Kind> _kinds = []; // in the order they first occurred, for the final lines

    public void Warn(string message)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var text = Number().Replace(message, "#");
            if (!_byText.TryGetValue(text, out var kind))
            {
                kind = new Kind { LastLine = now };
                _byText.Add(text, kind);
                _kinds.Add(kind);
                output.WriteLine($"warning: {message}");
                return;
            }
            kind.Repeats++;
            kind.Latest = message;
            if (now - kind.LastLine >= Interval)
                WriteRepeats(kind, now);
        }
    }

    /// <summary>Writes the count of every kind that occurred again since its last line; the study has ended.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            foreach (var kind in _kinds.Where(k => k.Repeats > 0))
                WriteRepeats(kind, now);
        }
    }

    private void WriteRepeats(Kind kind, DateTimeOffset now)
    {
        output.WriteLine($"warning: {kind.Repeats} more like it in {TrialText.Elapsed(now - kind.LastLine)}, the latest: {kind.Latest}");
        kind.Repeats = 0;
        kind.LastLine = now;
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")]
    private static partial Regex Number();

    private sealed class Kind
    {
        public int Repeats { get; set; }
        public string Latest { get; set; } = "";
        public DateTimeOffset LastLine { get; set; }
    }
}
