using Optimizer.Fpga.Devices;

namespace Optimizer.Fpga.Dense;

/// <summary>An <b>estimate</b> (not a synthesis result) of a dense network's firmware: per layer and in total.</summary>
public sealed record DenseNetworkEstimate(IReadOnlyList<DenseLayerEstimate> Layers)
{
    /// <summary>Multiplications one inference needs.</summary>
    public int Multiplications => Layers.Sum(l => l.Layer.Multiplications);

    /// <summary>Estimated DSP slices.</summary>
    public int Dsps => Layers.Sum(l => l.Dsps);

    /// <summary>Estimated LUTs.</summary>
    public int Luts => Layers.Sum(l => l.Luts);

    /// <summary>Estimated latency in clock cycles, the layers one after another.</summary>
    public int LatencyClocks => Layers.Sum(l => l.LatencyClocks);

    /// <summary>The estimated resources as fractions of <paramref name="device"/> (flip-flops are not estimated: 0).</summary>
    public DeviceUtilization FractionOf(FpgaDevice device) => device.Utilization(Luts, 0, Dsps);
}
