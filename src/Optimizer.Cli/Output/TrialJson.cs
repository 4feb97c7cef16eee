using System.Text.Encodings.Web;
using System.Text.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Cli.Output;

/// <summary>
/// Trials as a JSON array: <c>number</c>, <c>state</c> (lowercase), <c>params</c>, <c>values</c>, <c>attempt</c>,
/// <c>worker</c>, <c>started_at</c>, <c>finished_at</c> (ISO-8601 UTC), <c>error</c>, and the trial's timings in seconds
/// (<c>proposal_seconds</c>, <c>queue_wait_seconds</c>, <c>evaluation_seconds</c>; null where not measured).
/// </summary>
internal static class TrialJson
{
    public static void Write(IReadOnlyList<Trial> trials, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var trial in trials)
                WriteTrial(json, trial);
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTrial(Utf8JsonWriter json, Trial trial)
    {
        json.WriteStartObject();
        json.WriteNumber("number", trial.Number);
        json.WriteString("state", TrialText.State(trial.State));
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
        json.WriteEndObject();
    }

    // JSON has no NaN or infinity; such a value is written as null rather than as invalid JSON.
    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumber(name, value);
        else
            json.WriteNull(name);
    }

    private static void WriteSeconds(Utf8JsonWriter json, string name, double? seconds)
    {
        if (seconds is { } s)
            WriteNumber(json, name, s);
        else
            json.WriteNull(name);
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } t)
            json.WriteString(name, TrialText.IsoTime(t));
        else
            json.WriteNull(name);
    }
}
