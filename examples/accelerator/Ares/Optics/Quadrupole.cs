namespace Ares.Optics;

/// <summary>
/// A thick quadrupole of length L and geometric strength k1 [m^-2], focusing horizontally for k1 &gt; 0, possibly
/// misaligned. In a plane with strength k &gt; 0 and w = sqrt(k): R = [[cos wL, sin wL / w], [-w sin wL, cos wL]];
/// for k &lt; 0 the cosh/sinh form with w = sqrt(-k); k = 0 is a drift; the vertical plane sees -k1
/// (Wille, "The Physics of Particle Accelerators", eq. 3.31-3.33).
/// </summary>
public sealed record Quadrupole(string Name, double Length, double K1, TransverseOffset Offset) : IBeamlineElement
{
    public TransferMap Horizontal => TransferMap.Linear(Matrix(K1, Length)).Misaligned(Offset.X);

    public TransferMap Vertical => TransferMap.Linear(Matrix(-K1, Length)).Misaligned(Offset.Y);

    /// <summary>The matrix of one plane seeing strength <paramref name="k"/> over <paramref name="length"/>.</summary>
    public static Matrix2 Matrix(double k, double length)
    {
        if (k == 0) return Drift.Matrix(length);
        var w = Math.Sqrt(Math.Abs(k));
        var phase = w * length;
        if (k > 0)
        {
            var (sin, cos) = Math.SinCos(phase);
            return new Matrix2(cos, sin / w, -w * sin, cos);
        }
        var (sinh, cosh) = (Math.Sinh(phase), Math.Cosh(phase));
        return new Matrix2(cosh, sinh / w, w * sinh, cosh);
    }
}
