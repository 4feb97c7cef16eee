using System.Text.Json;
using Optimizer.Core.Studies;
using Optimizer.Viewer.Analysis;

namespace Optimizer.Viewer.Api;

/// <summary>
/// <c>/api/importance</c>: <c>method</c> ("PED-ANOVA"), <c>top_quantile</c>, and per objective (<c>objectives</c>:
/// <c>name</c>, <c>parameters</c>) each parameter's <c>name</c> and <c>importance</c> (shares summing to 1, largest
/// first; empty while fewer than four trials are complete).
/// </summary>
internal static class ImportanceJson
{
    public static void Write(Utf8JsonWriter json, StudyDefinition definition, IReadOnlyList<Trial> trials)
    {
        json.WriteStartObject();
        json.WriteString("method", "PED-ANOVA");
        json.WriteNumber("top_quantile", ParameterImportance.TopQuantile);
        json.WriteStartArray("objectives");
        foreach (var objective in definition.Objectives)
        {
            json.WriteStartObject();
            json.WriteString("name", objective.Name);
            json.WriteStartArray("parameters");
            foreach (var (parameter, importance) in ParameterImportance.Of(definition.Space, objective, trials))
            {
                json.WriteStartObject();
                json.WriteString("name", parameter);
                json.WriteNumber("importance", importance);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
