using System.Text.Json;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Json;

/// <summary>The parts of a study definition that every JSON API shows alike (the service's study, the viewer's).</summary>
public static class DefinitionJson
{
    /// <summary>A parameter's type as the study file names it: <c>float</c>, <c>int</c> or <c>categorical</c>.</summary>
    public static string TypeOf(Parameter parameter) => parameter switch
    {
        FloatParameter => "float",
        IntParameter => "int",
        CategoricalParameter => "categorical",
        _ => throw new NotSupportedException($"parameter '{parameter.Name}' is a {parameter.GetType().Name}, which no JSON API knows"),
    };

    /// <summary>Writes <c>"objectives": [{"name", "direction", "noise_sd", "noise_sd_metric"}, ...]</c> (the last two null where not stated) as a property of the object being written.</summary>
    public static void WriteObjectives(Utf8JsonWriter json, IEnumerable<Objective> objectives)
    {
        json.WriteStartArray("objectives");
        foreach (var objective in objectives)
        {
            json.WriteStartObject();
            json.WriteString("name", objective.Name);
            json.WriteString("direction", objective.Direction.ToString().ToLowerInvariant());
            if (objective.NoiseSd is { } noise)
                json.WriteNumber("noise_sd", noise);
            else
                json.WriteNull("noise_sd");
            if (objective.NoiseSdMetric is { } metric)
                json.WriteString("noise_sd_metric", metric);
            else
                json.WriteNull("noise_sd_metric");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
