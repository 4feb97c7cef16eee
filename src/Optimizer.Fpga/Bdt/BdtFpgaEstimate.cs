using Optimizer.Fpga.Devices;

namespace Optimizer.Fpga.Bdt;

/// <summary>
/// An <b>estimate</b> (not a synthesis result) of a boosted decision tree's firmware: latency in clock cycles and
/// the LUTs and flip-flops it occupies. BDT firmware uses comparators and adders, no DSPs.
/// </summary>
public sealed record BdtFpgaEstimate(int LatencyClocks, int Luts, int FlipFlops)
{
    /// <summary>The estimated resources as fractions of <paramref name="device"/>.</summary>
    public DeviceUtilization FractionOf(FpgaDevice device) => device.Utilization(Luts, FlipFlops, 0);
}
