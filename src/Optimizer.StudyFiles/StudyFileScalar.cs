using System.Globalization;
using Optimizer.Core.Studies;

namespace Optimizer.StudyFiles;

/// <summary>A scalar value of a study file with where it came from, converted on demand with located errors.</summary>
internal sealed record StudyFileScalar(string Text, string File, int Line, string Field)
{
    public StudyDefinitionException Error(string reason) => new(File, Line, Field, reason);

    public double ToNumber() =>
        double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error($"expected a finite number, got '{Text}'");

    public long ToInteger() =>
        long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"expected an integer, got '{Text}'");

    public int ToPositiveInt()
    {
        var value = ToInteger();
        return value is > 0 and <= int.MaxValue ? (int)value : throw Error($"must be a positive integer, got {value}");
    }

    public bool ToBoolean() =>
        Text.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => throw Error($"expected true or false, got '{Text}'"),
        };
}
