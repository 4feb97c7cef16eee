using Optimizer.Core.Models;

namespace Optimizer.Core.Acquisition;

/// <summary>
/// Noisy expected improvement in log space, integrated over posterior worlds (joint samples of the incumbent and of the
/// pending outcomes): LogNEI(x) = log (1/S) sum_s EI_s(x), each EI_s analytic, combined with log-sum-exp.
/// Ament et al., NeurIPS 2023 (log space); Letham et al., Bayesian Analysis 2019 (noisy EI by Monte Carlo).
/// </summary>
internal sealed class LogNoisyExpectedImprovement(FantasyPosterior posterior) : IAcquisition
{
    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var worlds = posterior.Worlds;
        var workspace = posterior.CreateWorkspace();
        Span<double> means = stackalloc double[worlds];
        Span<double> logEi = stackalloc double[worlds];
        Span<double> dMean = stackalloc double[worlds];
        Span<double> dSigma = stackalloc double[worlds];
        Span<double> weights = stackalloc double[worlds];
        var sigma = posterior.Evaluate(x, means, workspace);
        for (var s = 0; s < worlds; s++)
            (logEi[s], dMean[s], dSigma[s]) = LogExpectedImprovement.ValueAndDerivatives(means[s], sigma, posterior.Incumbents[s]);
        var value = LogMeanExp.Of(logEi, gradient.IsEmpty ? [] : weights);
        if (!gradient.IsEmpty)
        {
            gradient.Clear();
            var sigmaWeight = 0.0;
            for (var s = 0; s < worlds; s++)
            {
                dMean[s] *= weights[s];
                sigmaWeight += weights[s] * dSigma[s];
            }
            posterior.AddGradient(x, dMean, sigmaWeight, sigma, workspace, gradient);
        }
        return value;
    }
}
