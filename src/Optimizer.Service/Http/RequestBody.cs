using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Optimizer.Service.Serving;

namespace Optimizer.Service.Http;

/// <summary>
/// A request's JSON object, read by hand so that every mistake is answered with the field and the reason
/// (<c>values.loss: expected a number, got "0.4"</c>) rather than a framework's generic 400.
/// </summary>
internal sealed class RequestBody(JsonElement root)
{
    public static async Task<RequestBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? new RequestBody(document.RootElement.Clone())
                : throw ServiceRequestException.BadRequest($"body: expected a JSON object, got {Kind(document.RootElement)}");
        }
        catch (JsonException e)
        {
            throw ServiceRequestException.BadRequest($"body: not JSON: {e.Message}");
        }
    }

    public int RequiredInt(string name) =>
        Property(name) is { } value
            ? value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
                ? number
                : throw Wrong(name, "an integer", value)
            : throw Missing(name);

    public string RequiredString(string name) => OptionalString(name) ?? throw Missing(name);

    public string? OptionalString(string name) =>
        Property(name) is not { } value || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw Wrong(name, "a string", value);

    /// <summary>A JSON object of metric names to numbers.</summary>
    public IReadOnlyDictionary<string, double> Metrics(string name)
    {
        if (Property(name) is not { } value)
            throw Missing(name);
        if (value.ValueKind != JsonValueKind.Object)
            throw Wrong(name, "an object of metric names to numbers", value);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var metric in value.EnumerateObject())
        {
            if (metric.Value.ValueKind != JsonValueKind.Number || !metric.Value.TryGetDouble(out var number) || !double.IsFinite(number))
                throw Wrong($"{name}.{metric.Name}", "a finite number", metric.Value);
            if (!metrics.TryAdd(metric.Name, number))
                throw ServiceRequestException.BadRequest($"{name}.{metric.Name}: given twice");
        }
        return metrics;
    }

    private JsonElement? Property(string name) => root.TryGetProperty(name, out var value) ? value : null;

    private static ServiceRequestException Missing(string name) => ServiceRequestException.BadRequest($"{name}: required");

    private static ServiceRequestException Wrong(string name, string expected, JsonElement value) =>
        ServiceRequestException.BadRequest($"{name}: expected {expected}, got {Kind(value)}");

    private static string Kind(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 40 ? text[..40] + "..." : text;
    }
}
