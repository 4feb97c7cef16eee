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
        var sigma = posterior.Evaluate(x, means, workspace);
        var max = double.NegativeInfinity;
        for (var s = 0; s < worlds; s++)
        {
            (logEi[s], dMean[s], dSigma[s]) = LogExpectedImprovement.ValueAndDerivatives(means[s], sigma, posterior.Incumbents[s]);
            max = Math.Max(max, logEi[s]);
        }
        var sum = 0.0;
        for (var s = 0; s < worlds; s++) sum += Math.Exp(logEi[s] - max);
        if (!gradient.IsEmpty)
        {
            gradient.Clear();
            var sigmaWeight = 0.0;
            for (var s = 0; s < worlds; s++)
            {
                var weight = Math.Exp(logEi[s] - max) / sum;
                dMean[s] *= weight;
                sigmaWeight += weight * dSigma[s];
            }
            posterior.AddGradient(x, dMean, sigmaWeight, sigma, workspace, gradient);
        }
        return max + Math.Log(sum / worlds);
    }
}
