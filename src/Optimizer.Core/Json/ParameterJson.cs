using System.Text;
using System.Text.Json;
using Optimizer.Core.Space;

namespace Optimizer.Core.Json;

/// <summary>A trial's parameters as a JSON object: numbers as JSON numbers, categorical choices as strings.</summary>
public static class ParameterJson
{
    public static string Write(Assignment parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            WriteObject(writer, parameters);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the parameters as one JSON object at the writer's position (a value, or after a property name).</summary>
    /// <exception cref="ArgumentException">A numeric parameter is NaN or infinite: no point of a search space is.</exception>
    public static void WriteObject(Utf8JsonWriter writer, Assignment parameters)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            if (value.Choice is { } choice)
                writer.WriteString(name, choice);
            else if (double.IsFinite(value.Number))
                writer.WriteNumber(name, value.Number);
            else
                throw new ArgumentException($"parameter '{name}' has no finite value ({value.Number})", nameof(parameters));
        }
        writer.WriteEndObject();
    }

    public static Assignment Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var parameters = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
            parameters[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? ParameterValue.Of(property.Value.GetString()!)
                : ParameterValue.Of(property.Value.GetDouble());
        return Assignment.Own(parameters);
    }
}
