namespace Optimizer.Fpga.Dense;

/// <summary>
/// An <b>estimate</b> of one dense layer's firmware: <see cref="Multipliers"/> = ceil(M / R) multipliers built,
/// each a DSP or LUTs, and its latency in clock cycles.
/// </summary>
/// <param name="Layer">The layer.</param>
/// <param name="ReuseFactor">The reuse factor used: the requested one, raised to respect Vivado's unroll limit.</param>
/// <param name="Multipliers">Multipliers built, P = ceil(M / R).</param>
/// <param name="Dsps">DSP slices.</param>
/// <param name="Luts">LUTs: multipliers mapped to logic plus the accumulators.</param>
/// <param name="LatencyClocks">Clock cycles through the layer, R + ceil(log2 n_in) + 2.</param>
public sealed record DenseLayerEstimate(
    DenseLayerShape Layer, int ReuseFactor, int Multipliers, int Dsps, int Luts, int LatencyClocks);
