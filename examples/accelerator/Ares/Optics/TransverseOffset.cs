namespace Ares.Optics;

/// <summary>A transverse displacement of an element or screen from the design axis [m].</summary>
public readonly record struct TransverseOffset(double X, double Y)
{
    public static TransverseOffset None => new(0, 0);
}
