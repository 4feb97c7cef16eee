using System.Text.Json;
using System.Text.Json.Serialization;
using Optimizer.Core.Space;

namespace Optimizer.Cluster.Protocol;

/// <summary>An <see cref="Assignment"/> as the JSON object of its parameters (<c>{"lr":0.1,"booster":"dart"}</c>), in its order.</summary>
internal sealed class AssignmentJsonConverter : JsonConverter<Assignment>
{
    public override Assignment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Dictionary<string, ParameterValue>>(ref reader, options)
        ?? throw new JsonException("parameters are null, not an object");

    public override void Write(Utf8JsonWriter writer, Assignment value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize<IReadOnlyDictionary<string, ParameterValue>>(writer, value, options);
}
