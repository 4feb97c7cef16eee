using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Json;

/// <summary>
/// Trials as JSON, the one shape that <c>optimizer export</c> and the viewer's <c>/api/trials</c> share: <c>number</c>,
/// <c>state</c> (lowercase), <c>params</c>, <c>values</c>, <c>attempt</c>, <c>worker</c>, <c>started_at</c>,
/// <c>finished_at</c> (ISO-8601 UTC, to the millisecond), <c>error</c>, the timings in seconds <c>proposal_seconds</c>,
/// <c>queue_wait_seconds</c> and <c>evaluation_seconds</c> (null where not measured) and, for several objectives, <c>pareto</c>.
/// </summary>
public static class TrialJson
{
    /// <summary>Writer options of both outputs: non-ASCII parameter names and choices stay readable.</summary>
    public static JsonWriterOptions Options(bool indented) =>
        new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The trials as a JSON array; with <paramref name="paretoTrials"/>, each trial says whether it is on the Pareto front.</summary>
    /// <param name="paretoTrials">numbers of the trials on the Pareto front, written as <c>pareto: true</c>; null: no <c>pareto</c> field (one objective).</param>
    public static string Serialize(IEnumerable<Trial> trials, bool indented, IReadOnlySet<int>? paretoTrials = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options(indented)))
            WriteArray(json, trials, paretoTrials);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the trials as one JSON array.</summary>
    public static void WriteArray(Utf8JsonWriter json, IEnumerable<Trial> trials, IReadOnlySet<int>? paretoTrials = null)
    {
        json.WriteStartArray();
        foreach (var trial in trials)
            Write(json, trial, paretoTrials);
        json.WriteEndArray();
    }

    /// <summary>Writes one trial as a JSON object.</summary>
    public static void Write(Utf8JsonWriter json, Trial trial, IReadOnlySet<int>? paretoTrials = null)
    {
        json.WriteStartObject();
        json.WriteNumber("number", trial.Number);
        json.WriteString("state", trial.State.ToString().ToLowerInvariant());
        json.WriteStartObject("params");
        foreach (var (name, value) in trial.Parameters)
        {
            if (value.IsCategorical)
                json.WriteString(name, value.Choice);
            else
                WriteNumber(json, name, value.Number);
        }
        json.WriteEndObject();
        json.WriteStartObject("values");
        foreach (var (name, value) in trial.Values)
            WriteNumber(json, name, value);
        json.WriteEndObject();
        json.WriteNumber("attempt", trial.Attempt);
        json.WriteString("worker", trial.Worker);
        WriteTime(json, "started_at", trial.StartedAt);
        WriteTime(json, "finished_at", trial.FinishedAt);
        json.WriteString("error", trial.Error);
        WriteSeconds(json, "proposal_seconds", trial.Timings?.ProposalSeconds);
        WriteSeconds(json, "queue_wait_seconds", trial.Timings?.QueueWaitSeconds);
        WriteSeconds(json, "evaluation_seconds", trial.Timings?.EvaluationSeconds);
        if (paretoTrials is not null)
            json.WriteBoolean("pareto", paretoTrials.Contains(trial.Number));
        json.WriteEndObject();
    }

    /// <summary>JSON has no NaN or infinity; such a value is written as null rather than as invalid JSON.</summary>
    public static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumber(name, value);
        else
            json.WriteNull(name);
    }

    /// <summary>ISO-8601 in UTC, to the millisecond: <c>2025-01-31T14:05:09.123Z</c>.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void WriteSeconds(Utf8JsonWriter json, string name, double? seconds)
    {
        if (seconds is { } value)
            WriteNumber(json, name, value);
        else
            json.WriteNull(name);
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } t)
            json.WriteString(name, Time(t));
        else
            json.WriteNull(name);
    }
}
