namespace Optimizer.Fpga.Quantization;

/// <summary>
/// A signed fixed-point type like Vivado's <c>ap_fixed&lt;W,I&gt;</c>: <see cref="TotalBits"/> bits of which
/// <see cref="IntegerBits"/> (sign included) before the binary point; values are rounded to the nearest step
/// 2^(I - W) and saturated to [-2^(I-1), 2^(I-1) - step].
/// </summary>
public sealed record FixedPointFormat
{
    /// <summary>Creates <c>ap_fixed&lt;totalBits, integerBits&gt;</c>; at least 2 bits in total.</summary>
    public FixedPointFormat(int totalBits, int integerBits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(totalBits, 2);
        TotalBits = totalBits;
        IntegerBits = integerBits;
        Step = Math.Pow(2, integerBits - totalBits);
        Max = Math.Pow(2, integerBits - 1) - Step;
        Min = -Math.Pow(2, integerBits - 1);
    }

    /// <summary>W: all bits, sign included.</summary>
    public int TotalBits { get; }

    /// <summary>I: bits before the binary point, sign included.</summary>
    public int IntegerBits { get; }

    /// <summary>The value of the least significant bit.</summary>
    public double Step { get; }

    /// <summary>The largest representable value.</summary>
    public double Max { get; }

    /// <summary>The smallest representable value.</summary>
    public double Min { get; }

    /// <summary>The <paramref name="totalBits"/>-bit format with the fewest integer bits that still holds ±<paramref name="maxAbs"/> (up to one step).</summary>
    public static FixedPointFormat Covering(int totalBits, double maxAbs)
    {
        var integerBits = maxAbs > 0 ? (int)Math.Floor(Math.Log2(maxAbs)) + 2 : 1;
        return new FixedPointFormat(totalBits, integerBits);
    }

    /// <summary>The representable value nearest to <paramref name="value"/>.</summary>
    public double Quantize(double value) => Math.Clamp(Math.Round(value / Step) * Step, Min, Max);
}
