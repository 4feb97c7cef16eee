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
/// <c>queue_wait_seconds</c> and <c>evaluation_seconds</c> (null where not measured), where the caller gives them the
/// <see cref="TrialMarks"/> <c>pareto</c> (several objectives) or <c>recommended</c> (one), and where the caller gives them the intermediate values of the current attempt, <c>intermediate</c>:
/// <c>[{"step": 1, "val_loss": 0.52}, ...]</c>, by step.
/// </summary>
public static class TrialJson
{
    /// <summary>Writer options of both outputs: non-ASCII parameter names and choices stay readable.</summary>
    public static JsonWriterOptions Options(bool indented) =>
        new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The trials as a JSON array; with <paramref name="marks"/>, each trial says whether it is on the Pareto front or the recommended one.</summary>
    /// <param name="marks">the trials singled out; null: no <c>pareto</c> or <c>recommended</c> field.</param>
    /// <param name="intermediate">each trial's intermediate reports (<see cref="CurrentAttemptReports"/>); null: no <c>intermediate</c> field.</param>
    public static string Serialize(IEnumerable<Trial> trials, bool indented, TrialMarks? marks = null,
        IReadOnlyDictionary<int, IReadOnlyList<IntermediateReport>>? intermediate = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options(indented)))
            WriteArray(json, trials, marks, intermediate);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the trials as one JSON array.</summary>
    public static void WriteArray(Utf8JsonWriter json, IEnumerable<Trial> trials, TrialMarks? marks = null,
        IReadOnlyDictionary<int, IReadOnlyList<IntermediateReport>>? intermediate = null)
    {
        json.WriteStartArray();
        foreach (var trial in trials)
            Write(json, trial, marks, intermediate);
        json.WriteEndArray();
    }

    /// <summary>Writes one trial as a JSON object.</summary>
    public static void Write(Utf8JsonWriter json, Trial trial, TrialMarks? marks = null,
        IReadOnlyDictionary<int, IReadOnlyList<IntermediateReport>>? intermediate = null)
    {
        json.WriteStartObject();
        json.WriteNumber("number", trial.Number);
        json.WriteString("state", trial.State.ToString().ToLowerInvariant());
        json.WritePropertyName("params");
        ParameterJson.WriteObject(json, trial.Parameters);
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
        if (marks?.Pareto is { } pareto)
            json.WriteBoolean("pareto", pareto.Contains(trial.Number));
        if (marks?.Recommended is { } recommended)
            json.WriteBoolean("recommended", trial.Number == recommended);
        if (intermediate is not null)
        {
            json.WriteStartArray("intermediate");
            foreach (var report in intermediate.GetValueOrDefault(trial.Number) ?? [])
            {
                json.WriteStartObject();
                json.WriteNumber("step", report.Step);
                foreach (var (name, value) in report.Values)
                    WriteNumber(json, name, value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
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
