namespace Optimizer.Core.Space;

/// <summary>An integer parameter in [Low, High]; relaxed to a continuous coordinate and rounded on decode.</summary>
public sealed record IntParameter(string Name, long Low, long High, bool Log = false) : Parameter(Name)
{
    public override int EncodedWidth => 1;

    public override void Validate()
    {
        if (Low > High)
            throw new SearchSpaceException(Name, $"empty range: low ({Low}) must not exceed high ({High})");
        if (Log && Low <= 0)
            throw new SearchSpaceException(Name, $"log scale needs low > 0, got {Low}");
    }

    public override void Check(ParameterValue value)
    {
        if (value.IsCategorical || value.Number != Math.Round(value.Number) || value.Number < Low || value.Number > High)
            throw new SearchSpaceException(Name, $"value {value} is not an integer in [{Low}, {High}]");
    }

    // Each integer owns an equal slice of [0, 1] (its centre is its code), so rounding on decode is exact.
    private (double Lo, double Hi) Bounds => Log
        ? (Math.Log(Low - 0.5), Math.Log(High + 0.5))
        : (Low - 0.5, High + 0.5);

    public override void Encode(ParameterValue value, Span<double> target)
    {
        var (lo, hi) = Bounds;
        var x = Log ? Math.Log(value.Number) : value.Number;
        target[0] = (x - lo) / (hi - lo);
    }

    public override ParameterValue Decode(ReadOnlySpan<double> source)
    {
        var (lo, hi) = Bounds;
        var u = Math.Clamp(source[0], 0.0, 1.0);
        var x = lo + u * (hi - lo);
        var value = Math.Round(Log ? Math.Exp(x) : x, MidpointRounding.AwayFromZero);
        // Adding +0.0 turns the -0.0 that rounding gives for x in (-0.5, 0) into 0, which would otherwise print as "-0".
        return ParameterValue.Of(Math.Clamp(value, Low, High) + 0.0);
    }
}
