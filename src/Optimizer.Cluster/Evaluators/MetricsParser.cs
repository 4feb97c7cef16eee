using System.Text;
using System.Text.Json;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Reads metric values from the JSON object an evaluation reports (<c>{"auc": 0.93, "luts": 41200}</c>).
/// Values must be JSON numbers. Python's bare <c>NaN</c>/<c>Infinity</c> (what <c>json.dumps</c> writes) and the strings
/// <c>"nan"</c>/<c>"inf"</c> are read as non-finite values so that <see cref="MetricsValidator"/> rejects them by name,
/// rather than failing the whole object as invalid JSON.
/// </summary>
internal static class MetricsParser
{
    /// <summary>Whether <paramref name="line"/> holds exactly one JSON object (the form of a metrics line on stdout).</summary>
    public static bool IsJsonObject(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length < 2 || trimmed[0] != '{' || trimmed[^1] != '}')
            return false;
        try
        {
            using var document = JsonDocument.Parse(QuoteNonFiniteLiterals(line));
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false; // a log line that merely looks like an object
        }
    }

    /// <summary>
    /// Whether the JSON object <paramref name="json"/> is an intermediate report (it has a <c>step</c>); if so, its step
    /// and its other values, or a step of 0 and null values when the step is not an integer of at least 1 or a value is
    /// not a number.
    /// </summary>
    public static bool IsIntermediate(string json, out int step, out IReadOnlyDictionary<string, double>? values)
    {
        (step, values) = (0, null);
        if (!json.Contains("\"step\"", StringComparison.Ordinal))
            return false;
        var parsed = Parse(json);
        if (!parsed.IsSuccess)
            return true;
        var all = new Dictionary<string, double>(parsed.Values!, StringComparer.Ordinal);
        if (!all.Remove("step", out var number))
            return false;
        if (number is >= 1 and <= int.MaxValue && Math.Floor(number) == number)
            (step, values) = ((int)number, all);
        return true;
    }

    /// <summary>The metric values in <paramref name="json"/>, or a failure naming what is wrong with it.</summary>
    public static EvaluationResult Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(QuoteNonFiniteLiterals(json));
        }
        catch (JsonException e)
        {
            return EvaluationResult.Failure($"not valid JSON ({e.Message})");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return EvaluationResult.Failure($"expected a JSON object of metrics, found {Describe(document.RootElement.ValueKind)}");
            var values = new Dictionary<string, double>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!TryReadNumber(property.Value, out var value))
                    return EvaluationResult.Failure($"metric '{property.Name}' is not a number ({property.Value.GetRawText()})");
                values[property.Name] = value;
            }
            return EvaluationResult.Success(values);
        }
    }

    private static bool TryReadNumber(JsonElement element, out double value)
    {
        value = double.NaN;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDouble(out value),
            JsonValueKind.String => TryReadNonFinite(element.GetString()!, out value),
            _ => false,
        };
    }

    private static bool TryReadNonFinite(string text, out double value)
    {
        value = text.Trim().ToLowerInvariant() switch
        {
            "nan" or "+nan" or "-nan" => double.NaN,
            "inf" or "+inf" or "infinity" or "+infinity" => double.PositiveInfinity,
            "-inf" or "-infinity" => double.NegativeInfinity,
            _ => 0,
        };
        return !double.IsFinite(value);
    }

    /// <summary>Turns the bare literals <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> outside strings into strings, which JSON allows.</summary>
    private static string QuoteNonFiniteLiterals(string json)
    {
        if (!json.Contains("NaN", StringComparison.Ordinal) && !json.Contains("Infinity", StringComparison.Ordinal))
            return json;
        var text = new StringBuilder(json.Length + 8);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                text.Append(c);
                if (c == '\\' && i + 1 < json.Length)
                    text.Append(json[++i]);
                else if (c == '"')
                    inString = false;
                continue;
            }
            var literal = LiteralAt(json, i);
            if (literal is not null)
            {
                text.Append('"').Append(literal).Append('"');
                i += literal.Length - 1;
                continue;
            }
            inString = c == '"';
            text.Append(c);
        }
        return text.ToString();
    }

    private static string? LiteralAt(string json, int index)
    {
        foreach (var literal in (ReadOnlySpan<string>)["NaN", "Infinity", "-Infinity"])
        {
            if (string.CompareOrdinal(json, index, literal, 0, literal.Length) == 0)
                return literal;
        }
        return null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
