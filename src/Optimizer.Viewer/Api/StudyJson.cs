using System.Text.Json;
using Optimizer.Core.Json;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Api;

/// <summary>
/// <c>/api/study</c>: <c>name</c>, <c>parameters</c> (<c>name</c>, <c>type</c> float|int|categorical, <c>low</c>,
/// <c>high</c>, <c>log</c> or <c>choices</c>), <c>objectives</c> (<c>name</c>, <c>direction</c>), <c>constraints</c>
/// (<c>name</c>, <c>min</c>, <c>max</c>, null where unbounded), <c>budget</c> (<c>trials</c>) and <c>strategy</c>.
/// </summary>
internal static class StudyJson
{
    public static void Write(Utf8JsonWriter json, StudyDefinition definition)
    {
        json.WriteStartObject();
        json.WriteString("name", definition.Name);
        json.WriteStartArray("parameters");
        foreach (var parameter in definition.Space.Parameters)
            WriteParameter(json, parameter);
        json.WriteEndArray();
        DefinitionJson.WriteObjectives(json, definition.Objectives);
        json.WriteStartArray("constraints");
        foreach (var constraint in definition.Constraints)
        {
            json.WriteStartObject();
            json.WriteString("name", constraint.Name);
            WriteBound(json, "min", constraint.Min);
            WriteBound(json, "max", constraint.Max);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("budget");
        json.WriteNumber("trials", definition.Trials);
        json.WriteEndObject();
        json.WriteString("strategy", definition.Strategy.Kind);
        json.WriteEndObject();
    }

    private static void WriteParameter(Utf8JsonWriter json, Parameter parameter)
    {
        json.WriteStartObject();
        json.WriteString("name", parameter.Name);
        json.WriteString("type", DefinitionJson.TypeOf(parameter));
        switch (parameter)
        {
            case FloatParameter p:
                json.WriteNumber("low", p.Low);
                json.WriteNumber("high", p.High);
                json.WriteBoolean("log", p.Log);
                break;
            case IntParameter p:
                json.WriteNumber("low", p.Low);
                json.WriteNumber("high", p.High);
                json.WriteBoolean("log", p.Log);
                break;
            case CategoricalParameter p:
                json.WriteStartArray("choices");
                foreach (var choice in p.Choices)
                    json.WriteStringValue(choice);
                json.WriteEndArray();
                break;
        }
        json.WriteEndObject();
    }

    private static void WriteBound(Utf8JsonWriter json, string name, double? bound)
    {
        if (bound is { } b)
            json.WriteNumber(name, b);
        else
            json.WriteNull(name);
    }
}
