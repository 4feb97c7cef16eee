using System.Text.Json;
using System.Text.Json.Serialization;
using Optimizer.Core.Space;

namespace Optimizer.Cluster.Protocol;

/// <summary>A <see cref="ParameterValue"/> as JSON: a number, or a string for a categorical choice.</summary>
internal sealed class ParameterValueJsonConverter : JsonConverter<ParameterValue>
{
    public override ParameterValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? ParameterValue.Of(reader.GetString()!) : ParameterValue.Of(reader.GetDouble());

    public override void Write(Utf8JsonWriter writer, ParameterValue value, JsonSerializerOptions options)
    {
        if (value.Choice is { } choice)
            writer.WriteStringValue(choice);
        else
            writer.WriteNumberValue(value.Number);
    }
}
