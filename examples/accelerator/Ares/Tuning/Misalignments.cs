using Ares.Optics;

namespace Ares.Tuning;

/// <summary>Transverse offsets of the three quadrupoles and of the screen from the design axis.</summary>
public sealed record Misalignments(TransverseOffset Q1, TransverseOffset Q2, TransverseOffset Q3, TransverseOffset Screen)
{
    public static Misalignments None => new(TransverseOffset.None, TransverseOffset.None, TransverseOffset.None, TransverseOffset.None);
}
