namespace Optimizer.Core.Problems;

/// <summary>
/// The Rastrigin function on [-5.12, 5.12]^4 (BoTorch <c>Rastrigin(dim=4)</c>):
/// f(x) = 10 d + Σ (x_i² - 10 cos(2π x_i)), minimum 0 at the origin.
/// </summary>
public sealed class Rastrigin()
    : BoxProblem("rastrigin", Enumerable.Repeat(-5.12, 4).ToArray(), Enumerable.Repeat(5.12, 4).ToArray(), objectiveCount: 1)
{
    private const double Amplitude = 10;

    public override KnownOptimum Optimum => OptimumAt(0.0, new double[4]);

    protected override double[] Compute(ReadOnlySpan<double> x)
    {
        var sum = Amplitude * x.Length;
        foreach (var xi in x)
            sum += xi * xi - Amplitude * Math.Cos(2 * Math.PI * xi);
        return [sum];
    }
}
