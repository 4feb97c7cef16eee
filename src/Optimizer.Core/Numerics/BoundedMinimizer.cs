using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Optimizer.Core.Numerics;

/// <summary>
/// Minimizes a smooth function inside a box with MathNet's L-BFGS-B (Byrd et al. 1995). The result is the best point the
/// search visited, or null when f was undefined wherever it looked; reaching the iteration limit or a line search that
/// cannot progress ends the search early but never loses progress.
/// </summary>
internal static class BoundedMinimizer
{
    // MathNet's line search needs a finite, comparable value where f is undefined: this one is large enough that it
    // always backs off the step. It stays between MathNet and this class; callers get a BoundedMinimum or null.
    private const double LineSearchBackOff = double.MaxValue / 4;

    /// <param name="valueAndGradient">f(x), writing df/dx into the array; a value or gradient that is not finite means f is undefined at x.</param>
    /// <param name="start">first point (clamped into the box).</param>
    /// <param name="lower">lower bounds, one per coordinate.</param>
    /// <param name="upper">upper bounds, one per coordinate.</param>
    public static BoundedMinimum? Minimize(
        Func<double[], double[], double> valueAndGradient,
        double[] start,
        double[] lower,
        double[] upper,
        int maxIterations)
    {
        BoundedMinimum? best = null;
        var objective = ObjectiveFunction.Gradient(v =>
        {
            var x = v.ToArray();
            for (var i = 0; i < x.Length; i++) x[i] = Math.Clamp(x[i], lower[i], upper[i]);
            var gradient = new double[x.Length];
            var value = valueAndGradient(x, gradient);
            if (!double.IsFinite(value) || gradient.Any(g => !double.IsFinite(g)))
                return (LineSearchBackOff, Vector<double>.Build.Dense(x.Length));
            if (best is null || value < best.Value) best = new BoundedMinimum(x, value);
            return (value, Vector<double>.Build.DenseOfArray(gradient));
        });
        var startPoint = Vector<double>.Build.DenseOfEnumerable(start.Select((s, i) => Math.Clamp(s, lower[i], upper[i])));
        try
        {
            new BfgsBMinimizer(1e-6, 1e-8, 1e-9, maxIterations).FindMinimum(
                objective, Vector<double>.Build.DenseOfArray(lower), Vector<double>.Build.DenseOfArray(upper), startPoint);
        }
        catch (Exception e) when (e is MaximumIterationsException or InnerOptimizationException)
        {
            // The search stopped early; the best point visited so far stands.
        }
        return best;
    }
}

/// <summary>The best point a bounded minimization visited and f there (finite).</summary>
internal sealed record BoundedMinimum(double[] Point, double Value);
