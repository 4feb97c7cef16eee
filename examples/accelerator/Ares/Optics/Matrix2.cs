namespace Ares.Optics;

/// <summary>A 2 x 2 matrix acting on one transverse plane's phase space (position, angle).</summary>
public readonly record struct Matrix2(double M11, double M12, double M21, double M22)
{
    public static Matrix2 Identity => new(1, 0, 0, 1);

    public double Determinant => M11 * M22 - M12 * M21;

    public Matrix2 Transpose => new(M11, M21, M12, M22);

    public static Matrix2 operator *(Matrix2 a, Matrix2 b) => new(
        a.M11 * b.M11 + a.M12 * b.M21, a.M11 * b.M12 + a.M12 * b.M22,
        a.M21 * b.M11 + a.M22 * b.M21, a.M21 * b.M12 + a.M22 * b.M22);

    public static PhaseVector operator *(Matrix2 m, PhaseVector v) =>
        new(m.M11 * v.Position + m.M12 * v.Angle, m.M21 * v.Position + m.M22 * v.Angle);
}
