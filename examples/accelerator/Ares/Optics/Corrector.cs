namespace Ares.Optics;

/// <summary>The plane a steering magnet kicks.</summary>
public enum CorrectorPlane
{
    Horizontal,
    Vertical,
}

/// <summary>
/// A steering magnet of length L adding the angle theta [rad] in its plane, modelled as a thin kick at its centre:
/// R = drift(L), Kick = (theta L / 2, theta), the first-order map of a weak dipole (Wille, ch. 3); the other plane drifts.
/// </summary>
public sealed record Corrector(string Name, double Length, CorrectorPlane Plane, double Angle) : IBeamlineElement
{
    public TransferMap Horizontal => Plane == CorrectorPlane.Horizontal ? Kicked : Plain;

    public TransferMap Vertical => Plane == CorrectorPlane.Vertical ? Kicked : Plain;

    private TransferMap Plain => TransferMap.Linear(Drift.Matrix(Length));

    private TransferMap Kicked => new(Drift.Matrix(Length), new PhaseVector(Angle * Length / 2, Angle));
}
