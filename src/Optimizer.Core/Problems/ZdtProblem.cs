namespace Optimizer.Core.Problems;

/// <summary>
/// The two-objective ZDT family on [0, 1]^d, both minimized (E. Zitzler, K. Deb and L. Thiele, "Comparison of multiobjective
/// evolutionary algorithms: empirical results", Evolutionary Computation 8, 2000): f1 = x1,
/// g = 1 + 9 Σ_{i≥2} x_i / (d - 1), f2 = g h(f1, g); the Pareto front is g = 1 (x2 = ... = xd = 0).
/// </summary>
public abstract class ZdtProblem(string name, int dimension)
    : BoxProblem(name, new double[AtLeastTwo(dimension)], Enumerable.Repeat(1.0, dimension).ToArray(), objectiveCount: 2)
{
    private static int AtLeastTwo(int dimension) => dimension >= 2
        ? dimension
        : throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "ZDT problems need at least two variables");

    protected sealed override double[] Compute(ReadOnlySpan<double> x)
    {
        var tail = 0.0;
        for (var i = 1; i < x.Length; i++)
            tail += x[i];
        var g = 1 + 9 * tail / (x.Length - 1);
        return [x[0], g * Shape(x[0], g)];
    }

    /// <summary>The shape function h(f1, g) that gives the front its form.</summary>
    protected abstract double Shape(double f1, double g);
}
