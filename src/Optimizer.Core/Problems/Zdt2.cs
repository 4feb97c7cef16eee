namespace Optimizer.Core.Problems;

/// <summary>ZDT2 (Zitzler, Deb and Thiele 2000): h = 1 - (f1 / g)², a concave Pareto front f2 = 1 - f1².</summary>
public sealed class Zdt2(int dimension = 6) : ZdtProblem("zdt2", dimension)
{
    protected override double Shape(double f1, double g) => 1 - (f1 / g) * (f1 / g);
}
