namespace Optimizer.Core.Models;

/// <summary>
/// Prior on the Gaussian noise variance v (standardized output units) of a GP fit, as a log density of theta = log v up to a
/// constant. <see cref="LogNormal"/> pulls v toward exp(location); <see cref="Gamma"/> is GPyTorch's density on v itself
/// (no Jacobian, as BoTorch 0.11 maximizes it), a weak push away from the floor.
/// </summary>
public abstract record NoisePrior
{
    private protected NoisePrior()
    {
    }

    /// <summary>
    /// The default: BoTorch 0.11's SingleTaskGP noise prior, Gamma(1.1, 0.05) on v. On the public suite it beat
    /// <see cref="LogNormalAtMinus4"/> on 5 of 10 single-objective problems, by more than it lost on the other 5 (bench/README.md).
    /// </summary>
    public static NoisePrior Default { get; } = new GammaNoisePrior(1.1, 0.05);

    /// <summary>LogNormal(-4, 1) on v, as BoTorch 0.12 (Hvarfner et al. 2024): the default before the suite chose the Gamma prior.</summary>
    public static NoisePrior LogNormalAtMinus4 { get; } = new LogNormalNoisePrior(-4.0, 1.0);

    /// <summary>log v ~ Normal(<paramref name="location"/>, <paramref name="scale"/>).</summary>
    public static NoisePrior LogNormal(double location, double scale) => new LogNormalNoisePrior(location, scale);

    /// <summary>v ~ Gamma(<paramref name="concentration"/>, <paramref name="rate"/>), density taken on v.</summary>
    public static NoisePrior Gamma(double concentration, double rate) => new GammaNoisePrior(concentration, rate);

    /// <summary>Adds d(log prior)/d(theta) to <paramref name="gradient"/> and returns the log prior at theta = log v.</summary>
    internal abstract double LogDensity(double logNoise, ref double gradient);

    private sealed record LogNormalNoisePrior(double Location, double Scale) : NoisePrior
    {
        internal override double LogDensity(double logNoise, ref double gradient)
        {
            var z = (logNoise - Location) / Scale;
            gradient += -z / Scale;
            return -0.5 * z * z;
        }
    }

    // log p(v) = (a - 1) log v - b v; in theta: (a - 1) theta - b exp(theta).
    private sealed record GammaNoisePrior(double Concentration, double Rate) : NoisePrior
    {
        internal override double LogDensity(double logNoise, ref double gradient)
        {
            var v = Math.Exp(logNoise);
            gradient += (Concentration - 1.0) - Rate * v;
            return (Concentration - 1.0) * logNoise - Rate * v;
        }
    }
}
