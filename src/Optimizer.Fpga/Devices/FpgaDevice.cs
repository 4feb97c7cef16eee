namespace Optimizer.Fpga.Devices;

/// <summary>The resource totals of one FPGA part, to express an estimate as a fraction of the device.</summary>
/// <param name="Name">The part's name, e.g. <c>VU9P</c>.</param>
/// <param name="Luts">Look-up tables on the device.</param>
/// <param name="FlipFlops">Flip-flops on the device.</param>
/// <param name="Dsps">DSP slices on the device.</param>
public sealed record FpgaDevice(string Name, int Luts, int FlipFlops, int Dsps)
{
    /// <summary>
    /// Xilinx Virtex UltraScale+ VU9P, the target of conifer (Summers et al., JINST 15 P05026, 2020) and of the
    /// CMS/ATLAS level-1 trigger studies: 1,182,240 LUT, 2,364,480 FF, 6,840 DSP.
    /// </summary>
    public static FpgaDevice Vu9p { get; } = new("VU9P", 1_182_240, 2_364_480, 6_840);

    /// <summary>The fraction of this device that <paramref name="luts"/>, <paramref name="flipFlops"/> and <paramref name="dsps"/> occupy.</summary>
    public DeviceUtilization Utilization(double luts, double flipFlops, double dsps) =>
        new(this, luts / Luts, flipFlops / FlipFlops, dsps / Dsps);
}
