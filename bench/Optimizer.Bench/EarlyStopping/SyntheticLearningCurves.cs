using Optimizer.Core.Space;

namespace Optimizer.Bench.EarlyStopping;

/// <summary>
/// A training whose validation loss after epoch t is final(x) (1 + g(x) e^(-(t - 1) / tau(x))) + N(0, noise²): the final
/// loss is a bowl in the encoded parameters (learning rate, width, dropout) with its minimum 0.08; the excess at the
/// first epoch, g, grows with dropout and the time constant, tau, with smaller learning rates, so slow learners that end
/// well can trail faster, worse ones at the early epochs (the case that makes early stopping lose good trials).
/// The curve's noise comes from a generator the caller seeds per trial.
/// </summary>
public sealed class SyntheticLearningCurves
{
    /// <summary>The lowest final loss any point reaches.</summary>
    public const double BestFinalLoss = 0.08;

    public SearchSpace Space { get; } = new([
        new FloatParameter("learning_rate", 1e-4, 1e-1, Log: true),
        new IntParameter("width", 8, 256, Log: true),
        new FloatParameter("dropout", 0, 0.5),
    ]);

    /// <summary>The loss it converges to.</summary>
    public double FinalLoss(Assignment point)
    {
        var u = Space.Encode(point);
        var (a, b, c) = (u[0] - 0.65, u[1] - 0.7, u[2] - 0.3);
        return BestFinalLoss + 0.6 * a * a + 0.3 * b * b + 0.2 * c * c;
    }

    /// <summary>The losses after epochs 1 .. <paramref name="epochs"/> of one training.</summary>
    public double[] Curve(Assignment point, int epochs, double noise, Random random)
    {
        var u = Space.Encode(point);
        var (final, excess, tau) = (FinalLoss(point), 2 + 2 * u[2], 2 + 4 * (1 - u[0]));
        return [.. Enumerable.Range(1, epochs).Select(t => final * (1 + excess * Math.Exp(-(t - 1) / tau)) + noise * Gaussian(random))];
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
