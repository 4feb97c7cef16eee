namespace Optimizer.Core.Space;

/// <summary>A real parameter in [Low, High], encoded linearly or, with <paramref name="Log"/>, in log space.</summary>
public sealed record FloatParameter(string Name, double Low, double High, bool Log = false) : Parameter(Name)
{
    public override int EncodedWidth => 1;

    public override void Validate()
    {
        if (!double.IsFinite(Low) || !double.IsFinite(High))
            throw new SearchSpaceException(Name, "low and high must be finite numbers");
        if (!(Low < High))
            throw new SearchSpaceException(Name, $"empty range: low ({Low}) must be below high ({High})");
        if (Log && Low <= 0)
            throw new SearchSpaceException(Name, $"log scale needs low > 0, got {Low}");
    }

    public override void Check(ParameterValue value)
    {
        if (value.IsCategorical || !(value.Number >= Low && value.Number <= High))
            throw new SearchSpaceException(Name, $"value {value} is outside [{Low}, {High}]");
    }

    public override void Encode(ParameterValue value, Span<double> target) => target[0] = EncodeNumber(value.Number);

    public override ParameterValue Decode(ReadOnlySpan<double> source)
    {
        var u = Math.Clamp(source[0], 0.0, 1.0);
        var x = Log
            ? Math.Exp(Math.Log(Low) + u * (Math.Log(High) - Math.Log(Low)))
            : Low + u * (High - Low);
        return ParameterValue.Of(SnapToEncoding(Math.Clamp(x, Low, High), u));
    }

    private double EncodeNumber(double x) => Log
        ? (Math.Log(x) - Math.Log(Low)) / (Math.Log(High) - Math.Log(Low))
        : (x - Low) / (High - Low);

    // The inverse formula in Decode is a few ulps off (tens for log scale). Encoding is monotone, so the values whose
    // encoding is exactly u, if any, are among x's nearest neighbours. Several values can share one encoding; the
    // smallest of them is the canonical one, so decoding is a function of the encoding and Canonicalize is idempotent.
    private double SnapToEncoding(double x, double u)
    {
        var value = NearestWithEncoding(x, u);
        var encoding = EncodeNumber(value);
        for (var step = 0; step < 64; step++)
        {
            var below = Math.BitDecrement(value);
            if (below < Low || EncodeNumber(below) != encoding)
                break;
            value = below;
        }
        return value;
    }

    private double NearestWithEncoding(double x, double u)
    {
        const int maxSteps = 64;
        var candidate = x;
        var encoded = EncodeNumber(candidate);
        for (var step = 0; step < maxSteps && encoded != u; step++)
        {
            var next = encoded < u ? Math.BitIncrement(candidate) : Math.BitDecrement(candidate);
            if (next < Low || next > High)
                break;
            var nextEncoded = EncodeNumber(next);
            if ((encoded < u) != (nextEncoded < u) && nextEncoded != u)
                break; // stepped across u: no value encodes to exactly u
            candidate = next;
            encoded = nextEncoded;
        }
        return encoded == u ? candidate : x;
    }
}
