namespace Optimizer.Core.Models;

/// <summary>
/// Prior on each ARD length-scale l of a GP fit (inputs on the unit cube), as a log density of theta = log l up to a
/// constant. <see cref="Default"/> and <see cref="Hvarfner2024"/> are log-normal and scale with the dimension d (Hvarfner
/// et al., "Vanilla Bayesian Optimization Performs Great in High Dimensions", ICML 2024); <see cref="BoTorch011"/> is
/// GPyTorch's Gamma density on l itself (no Jacobian, as BoTorch 0.11 maximizes it).
/// </summary>
public abstract record LengthscalePrior
{
    private protected LengthscalePrior()
    {
    }

    /// <summary>
    /// The default: LogNormal(-1.4 + log(d)/2, 1), centred on shorter length-scales (median 0.6 at d = 6) than Hvarfner
    /// et al.'s, which left Hartmann6 in its local optimum more often (bench/README.md: the gp and gp-hvarfner rows).
    /// </summary>
    public static LengthscalePrior Default { get; } = LogNormal(-1.4, 1.0);

    /// <summary>Hvarfner et al. 2024 as BoTorch 0.12 uses it: LogNormal(sqrt2 + log(d)/2, sqrt3).</summary>
    public static LengthscalePrior Hvarfner2024 { get; } = LogNormal(Math.Sqrt(2.0), Math.Sqrt(3.0));

    /// <summary>BoTorch 0.11's SingleTaskGP prior (the reference runs' own): Gamma(3, 6) on l, mode 1/3 in every dimension.</summary>
    public static LengthscalePrior BoTorch011 { get; } = Gamma(3.0, 6.0);

    /// <summary>log l ~ Normal(<paramref name="shift"/> + log(d)/2, <paramref name="scale"/>).</summary>
    public static LengthscalePrior LogNormal(double shift, double scale) => new LogNormalLengthscalePrior(shift, scale);

    /// <summary>l ~ Gamma(<paramref name="concentration"/>, <paramref name="rate"/>), density taken on l.</summary>
    public static LengthscalePrior Gamma(double concentration, double rate) => new GammaLengthscalePrior(concentration, rate);

    /// <summary>The prior's mode in <paramref name="dimension"/> dimensions: where a fit starts without a previous one.</summary>
    public abstract double Mode(int dimension);

    /// <summary>Adds d(log prior)/d(theta) to <paramref name="gradient"/> and returns the log prior at theta = log l.</summary>
    internal abstract double LogDensity(double logLengthscale, int dimension, ref double gradient);

    private sealed record LogNormalLengthscalePrior(double Shift, double Scale) : LengthscalePrior
    {
        public override double Mode(int dimension) => Math.Exp(Location(dimension) - Scale * Scale);

        internal override double LogDensity(double logLengthscale, int dimension, ref double gradient)
        {
            var z = (logLengthscale - Location(dimension)) / Scale;
            gradient += -z / Scale;
            return -0.5 * z * z;
        }

        private double Location(int dimension) => Shift + 0.5 * Math.Log(dimension);
    }

    // log p(l) = (a - 1) log l - b l; in theta: (a - 1) theta - b exp(theta).
    private sealed record GammaLengthscalePrior(double Concentration, double Rate) : LengthscalePrior
    {
        public override double Mode(int dimension) => (Concentration - 1.0) / Rate;

        internal override double LogDensity(double logLengthscale, int dimension, ref double gradient)
        {
            var l = Math.Exp(logLengthscale);
            gradient += (Concentration - 1.0) - Rate * l;
            return (Concentration - 1.0) * logLengthscale - Rate * l;
        }
    }
}
