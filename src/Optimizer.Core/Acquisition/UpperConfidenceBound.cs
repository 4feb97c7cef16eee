using Optimizer.Core.Models;

namespace Optimizer.Core.Acquisition;

/// <summary>
/// UCB(x) = mean(x) + sqrt(beta) sigma(x), the mean averaged over the posterior worlds (pending fantasies).
/// Srinivas et al., "Gaussian Process Optimization in the Bandit Setting", ICML 2010.
/// </summary>
internal sealed class UpperConfidenceBound(FantasyPosterior posterior, double beta) : IAcquisition
{
    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var worlds = posterior.Worlds;
        var workspace = posterior.CreateWorkspace();
        Span<double> means = stackalloc double[worlds];
        var sigma = posterior.Evaluate(x, means, workspace);
        var mean = 0.0;
        for (var s = 0; s < worlds; s++) mean += means[s] / worlds;
        var root = Math.Sqrt(beta);
        if (!gradient.IsEmpty)
        {
            gradient.Clear();
            means.Fill(1.0 / worlds);
            posterior.AddGradient(x, means, root, sigma, workspace, gradient);
        }
        return mean + root * sigma;
    }
}
