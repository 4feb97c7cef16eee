namespace Ares.Optics;

/// <summary>An element of an uncoupled linear beamline: one transfer map per transverse plane.</summary>
public interface IBeamlineElement
{
    string Name { get; }

    /// <summary>Length along the beam [m].</summary>
    double Length { get; }

    TransferMap Horizontal { get; }

    TransferMap Vertical { get; }
}
