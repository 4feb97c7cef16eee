using System.Text.Json;
using Optimizer.Core.Json;
using Optimizer.Core.Studies;
using Optimizer.Viewer.Analysis;

namespace Optimizer.Viewer.Api;

/// <summary>
/// <c>/api/hypervolume</c>: <c>kind</c> (hypervolume or best), <c>objectives</c>, <c>reference</c> (objectives' own
/// directions, or null) and two series, <c>by_trial</c> and <c>by_time</c>, of points <c>trial</c>,
/// <c>finished_at</c>, <c>elapsed_s</c>, <c>value</c>.
/// </summary>
internal static class HistoryJson
{
    public static void Write(Utf8JsonWriter json, StudyDefinition definition, ProgressHistory history)
    {
        json.WriteStartObject();
        json.WriteString("kind", history.IsHypervolume ? "hypervolume" : "best");
        json.WriteStartArray("objectives");
        foreach (var objective in definition.Objectives)
            json.WriteStringValue(objective.Name);
        json.WriteEndArray();
        if (history.Reference is { } reference)
        {
            json.WriteStartArray("reference");
            foreach (var r in reference)
                json.WriteNumberValue(r);
            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("reference");
        }
        WriteSeries(json, "by_trial", history.ByTrial);
        WriteSeries(json, "by_time", history.ByTime);
        json.WriteEndObject();
    }

    private static void WriteSeries(Utf8JsonWriter json, string name, IReadOnlyList<ProgressPoint> points)
    {
        json.WriteStartArray(name);
        foreach (var point in points)
        {
            json.WriteStartObject();
            json.WriteNumber("trial", point.Trial);
            json.WriteString("finished_at", TrialJson.Time(point.FinishedAt));
            json.WriteNumber("elapsed_s", Math.Round(point.ElapsedSeconds, 3));
            if (point.Value is { } v)
                TrialJson.WriteNumber(json, "value", v);
            else
                json.WriteNull("value");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
