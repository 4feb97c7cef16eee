namespace Optimizer.Fpga.Devices;

/// <summary>Estimated resources as fractions (1 = the whole device) of one <see cref="FpgaDevice"/>.</summary>
public sealed record DeviceUtilization(FpgaDevice Device, double LutFraction, double FlipFlopFraction, double DspFraction);
