namespace Optimizer.Fpga.Dense;

/// <summary>Operand widths in bits of a network's multiplications: weights and activations (hls4ml's default is <c>ap_fixed&lt;16,6&gt;</c> for both).</summary>
public sealed record FixedPointPrecision(int WeightBits, int ActivationBits = 16)
{
    /// <summary>DSP48 slices one multiplier takes: none at or below 9 bits (the tools map it to LUTs), one up to 18x27 bits, two above.</summary>
    public int DspsPerMultiplier
    {
        get
        {
            var narrow = Math.Min(WeightBits, ActivationBits);
            var wide = Math.Max(WeightBits, ActivationBits);
            if (narrow <= 9)
            {
                return 0;
            }

            return narrow <= 18 && wide <= 27 ? 1 : 2;
        }
    }
}
