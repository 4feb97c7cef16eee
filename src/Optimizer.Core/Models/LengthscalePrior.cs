namespace Optimizer.Core.Models;

/// <summary>
/// Log-normal prior on each ARD length-scale (inputs on the unit cube): LogNormal(Shift + log(d)/2, Scale), scaled with
/// the dimension d as in Hvarfner et al., "Vanilla Bayesian Optimization Performs Great in High Dimensions", ICML 2024.
/// </summary>
public sealed record LengthscalePrior(double Shift, double Scale)
{
    /// <summary>
    /// The default: centred on shorter length-scales (median 0.6 at d = 6) than Hvarfner et al.'s, which left Hartmann6
    /// in its local optimum more often (bench/README.md: the gp and gp-hvarfner rows).
    /// </summary>
    public static LengthscalePrior Default { get; } = new(-1.4, 1.0);

    /// <summary>Hvarfner et al. 2024 as BoTorch uses it: LogNormal(sqrt2 + log(d)/2, sqrt3).</summary>
    public static LengthscalePrior Hvarfner2024 { get; } = new(Math.Sqrt(2.0), Math.Sqrt(3.0));

    /// <summary>Location of log l in <paramref name="dimension"/> dimensions.</summary>
    public double Location(int dimension) => Shift + 0.5 * Math.Log(dimension);

    /// <summary>The prior's mode, exp(mu - sigma^2): where a fit starts without a previous one.</summary>
    public double Mode(int dimension) => Math.Exp(Location(dimension) - Scale * Scale);
}
