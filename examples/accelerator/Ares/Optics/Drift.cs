namespace Ares.Optics;

/// <summary>Field-free space of length L: R = [[1, L], [0, 1]] in both planes.</summary>
public sealed record Drift(string Name, double Length) : IBeamlineElement
{
    public static Matrix2 Matrix(double length) => new(1, length, 0, 1);

    public TransferMap Horizontal => TransferMap.Linear(Matrix(Length));

    public TransferMap Vertical => TransferMap.Linear(Matrix(Length));
}
