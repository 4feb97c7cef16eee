namespace Ares.Optics;

/// <summary>A point of one transverse plane's phase space: position [m] and angle [rad].</summary>
public readonly record struct PhaseVector(double Position, double Angle)
{
    public static PhaseVector Zero => new(0, 0);

    public static PhaseVector operator +(PhaseVector a, PhaseVector b) => new(a.Position + b.Position, a.Angle + b.Angle);

    public static PhaseVector operator -(PhaseVector a, PhaseVector b) => new(a.Position - b.Position, a.Angle - b.Angle);
}
