namespace Optimizer.Core.Problems;

/// <summary>ZDT1 (Zitzler, Deb and Thiele 2000): h = 1 - sqrt(f1 / g), a convex Pareto front f2 = 1 - sqrt(f1).</summary>
public sealed class Zdt1(int dimension = 6) : ZdtProblem("zdt1", dimension)
{
    protected override double Shape(double f1, double g) => 1 - Math.Sqrt(f1 / g);
}
