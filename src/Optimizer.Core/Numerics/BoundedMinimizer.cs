using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Optimizer.Core.Numerics;

/// <summary>
/// Minimizes a smooth function inside a box with MathNet's L-BFGS-B (Byrd et al. 1995).
/// Returns the best point the search visited: a failed line search or the iteration limit ends the search
/// early but never loses progress.
/// </summary>
internal static class BoundedMinimizer
{
    /// <param name="valueAndGradient">f(x) and writes df/dx into the span; may return +infinity where undefined.</param>
    public static (double[] Point, double Value) Minimize(
        Func<double[], double[], double> valueAndGradient,
        double[] start,
        double[] lower,
        double[] upper,
        int maxIterations)
    {
        var bestValue = double.PositiveInfinity;
        var bestPoint = (double[])start.Clone();
        var objective = ObjectiveFunction.Gradient(v =>
        {
            var x = v.ToArray();
            for (var i = 0; i < x.Length; i++) x[i] = Math.Clamp(x[i], lower[i], upper[i]);
            var gradient = new double[x.Length];
            var value = valueAndGradient(x, gradient);
            if (!double.IsFinite(value) || gradient.Any(g => !double.IsFinite(g)))
                return (double.MaxValue / 4, Vector<double>.Build.Dense(x.Length));
            if (value < bestValue)
            {
                bestValue = value;
                bestPoint = x;
            }
            return (value, Vector<double>.Build.DenseOfArray(gradient));
        });
        var startPoint = Vector<double>.Build.DenseOfEnumerable(start.Select((s, i) => Math.Clamp(s, lower[i], upper[i])));
        try
        {
            new BfgsBMinimizer(1e-6, 1e-8, 1e-9, maxIterations).FindMinimum(
                objective, Vector<double>.Build.DenseOfArray(lower), Vector<double>.Build.DenseOfArray(upper), startPoint);
        }
        catch (Exception e) when (e is MaximumIterationsException or InnerOptimizationException or ArgumentException or InvalidOperationException)
        {
            // The search stopped early; the best point visited so far stands.
        }
        return (bestPoint, bestValue);
    }
}
