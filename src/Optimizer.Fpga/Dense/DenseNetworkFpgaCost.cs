namespace Optimizer.Fpga.Dense;

/// <summary>
/// Estimated FPGA cost of a fully connected network in hls4ml's latency strategy (Duarte et al., "Fast inference
/// of deep neural networks in FPGAs for particle physics", JINST 13 P07027, 2018, arXiv:1804.06913):
/// a layer with M multiplications and reuse factor R builds P = ceil(M / R) multipliers and starts a new input
/// every R clocks. A multiplier takes DSPs (<see cref="FixedPointPrecision.DspsPerMultiplier"/>) or, below ~10 bits,
/// about 1.27 LUT per bit-product (hls4ml issue #99: 305 DSP + 11,819 LUT with DSPs against 0 DSP + 137,371 LUT
/// without, ~411 LUT per 18x18 multiplier).
/// </summary>
public static class DenseNetworkFpgaCost
{
    /// <summary>Vivado HLS does not unroll more than about this many operations per layer, so R >= n_in n_out / 4096.</summary>
    public const int MaxUnrolledOperations = 4096;

    /// <summary>LUTs per bit-product of a multiplier built in logic (hls4ml issue #99).</summary>
    public const double LutsPerBitProduct = 1.27;

    /// <summary>Estimates every layer of a network with one precision and one requested reuse factor.</summary>
    public static DenseNetworkEstimate Estimate(IReadOnlyList<DenseLayerShape> layers, FixedPointPrecision precision, int reuseFactor) =>
        new([.. layers.Select(layer => EstimateLayer(layer, precision, reuseFactor))]);

    /// <summary>
    /// One layer: DSP = P d; LUT = P 1.27 b_w b_a when d = 0, plus accumulators n_out b_acc with the accumulator
    /// wide enough not to overflow, b_acc = b_w + b_a + ceil(log2 n_in); latency = R + ceil(log2 n_in) + 2 clocks.
    /// </summary>
    public static DenseLayerEstimate EstimateLayer(DenseLayerShape layer, FixedPointPrecision precision, int reuseFactor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reuseFactor, 1);
        var weights = layer.Inputs * layer.Outputs;
        var minimumReuse = (int)Math.Ceiling(weights / (double)MaxUnrolledOperations);
        var reuse = Math.Min(Math.Max(reuseFactor, minimumReuse), weights);
        var multipliers = (int)Math.Ceiling(layer.Multiplications / (double)reuse);

        var dspsPerMultiplier = precision.DspsPerMultiplier;
        var multiplierLuts = dspsPerMultiplier == 0
            ? multipliers * LutsPerBitProduct * precision.WeightBits * precision.ActivationBits
            : 0;
        var adderTreeDepth = CeilLog2(layer.Inputs);
        var accumulatorBits = precision.WeightBits + precision.ActivationBits + adderTreeDepth;
        var luts = (int)Math.Round(multiplierLuts + layer.Outputs * accumulatorBits);

        return new DenseLayerEstimate(layer, reuse, multipliers, multipliers * dspsPerMultiplier, luts, reuse + adderTreeDepth + 2);
    }

    private static int CeilLog2(int value) => value <= 1 ? 0 : (int)Math.Ceiling(Math.Log2(value));
}
