using Optimizer.Core.Acquisition;

namespace Optimizer.Core.Tests.Acquisition;

/// <summary>Central finite differences of an acquisition function, to check its analytic gradient against.</summary>
internal static class FiniteDifferences
{
    public static double[] Gradient(IAcquisition acquisition, double[] x, double h = 1e-6)
    {
        var gradient = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var plus = (double[])x.Clone();
            var minus = (double[])x.Clone();
            plus[i] += h;
            minus[i] -= h;
            gradient[i] = (acquisition.Evaluate(plus, []) - acquisition.Evaluate(minus, [])) / (2 * h);
        }
        return gradient;
    }
}
