namespace Optimizer.Fpga.Quantization;

/// <summary>
/// Maps a real input onto the 2^bits integer codes spanning a range [min, max], the way
/// a trigger receives a digitized, range-scaled feature; values outside the range saturate.
/// </summary>
public sealed class UniformQuantizer
{
    private readonly double _min;
    private readonly double _scale;
    private readonly int _maxCode;

    /// <summary>Creates the quantizer; <paramref name="max"/> above <paramref name="min"/>, 1 to 30 bits.</summary>
    public UniformQuantizer(double min, double max, int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, min);
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 30);
        _min = min;
        _maxCode = (1 << bits) - 1;
        _scale = _maxCode / (max - min);
    }

    /// <summary>The integer code of <paramref name="value"/>, from 0 to 2^bits - 1.</summary>
    public int Code(double value) => (int)Math.Clamp(Math.Round((value - _min) * _scale), 0, _maxCode);
}
