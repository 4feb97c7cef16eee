namespace Optimizer.Core.Models;

/// <summary>
/// Prior on the output scale s of a GP fit (the kernel's variance in standardized output units), as a log density of
/// theta = log s up to a constant. <see cref="Default"/> is log-normal around the unit variance of standardized outputs;
/// <see cref="BoTorch011"/> is GPyTorch's Gamma density on s itself (no Jacobian, as BoTorch 0.11 maximizes it).
/// </summary>
public abstract record OutputscalePrior
{
    private protected OutputscalePrior()
    {
    }

    /// <summary>The default: LogNormal(0, 1.5).</summary>
    public static OutputscalePrior Default { get; } = new LogNormalOutputscalePrior(0.0, 1.5);

    /// <summary>
    /// BoTorch 0.11's SingleTaskGP prior (the reference runs' own): Gamma(2, 0.15) on s, mean 13, which keeps the posterior
    /// variance far from the data large, so the acquisition still looks at unexplored basins.
    /// </summary>
    public static OutputscalePrior BoTorch011 { get; } = new GammaOutputscalePrior(2.0, 0.15);

    /// <summary>Where a fit starts: the mode of log s (log-normal) or of s (Gamma).</summary>
    public abstract double Start { get; }

    /// <summary>Adds d(log prior)/d(theta) to <paramref name="gradient"/> and returns the log prior at theta = log s.</summary>
    internal abstract double LogDensity(double logOutputscale, ref double gradient);

    private sealed record LogNormalOutputscalePrior(double Location, double Scale) : OutputscalePrior
    {
        public override double Start => Math.Exp(Location);

        internal override double LogDensity(double logOutputscale, ref double gradient)
        {
            var z = (logOutputscale - Location) / Scale;
            gradient += -z / Scale;
            return -0.5 * z * z;
        }
    }

    // log p(s) = (a - 1) log s - b s; in theta: (a - 1) theta - b exp(theta).
    private sealed record GammaOutputscalePrior(double Concentration, double Rate) : OutputscalePrior
    {
        public override double Start => (Concentration - 1.0) / Rate;

        internal override double LogDensity(double logOutputscale, ref double gradient)
        {
            var s = Math.Exp(logOutputscale);
            gradient += (Concentration - 1.0) - Rate * s;
            return (Concentration - 1.0) * logOutputscale - Rate * s;
        }
    }
}
