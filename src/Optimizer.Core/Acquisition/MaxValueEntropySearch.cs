using Optimizer.Core.Models;
using Optimizer.Core.Numerics;
using Optimizer.Core.Sampling;

namespace Optimizer.Core.Acquisition;

/// <summary>
/// Max-value entropy search in log space: log (1/S) sum_s h(gamma_s), h(g) = g phi(g) / (2 Phi(g)) - log Phi(g),
/// gamma_s = (y*_s - mean_s(x)) / sigma(x), the information f(x) carries about the maximum y*. World s draws its y*_s at
/// the stratified quantile (s + 1/2) / S of a Gumbel fitted to Pr[y* &lt; z] ~ prod_i Phi((z - mean_s(c_i)) / sigma(c_i))
/// over a Sobol set and the model's inputs, and never below the world's incumbent. Observation noise is not in h
/// (the noiseless form). Wang and Jegelka, "Max-value Entropy Search for Efficient Bayesian Optimization", ICML 2017, eqs. 6-8.
/// </summary>
internal sealed class MaxValueEntropySearch : IAcquisition
{
    private const int SobolCandidates = 512;
    // Above this gamma, Phi(gamma) = 1 to 1e-9 and h = gamma phi / 2 + Phi(-gamma) to the same precision.
    private const double UpperTail = 6.0;
    // Candidates whose mean is more than this many sigmas below the best mean do not move Pr[y* < z] near its quantiles.
    private const double RelevantSigmas = 8.0;
    private const int BisectionSteps = 40;

    private readonly FantasyPosterior _posterior;
    private readonly double[] _maxima;

    public MaxValueEntropySearch(FantasyPosterior posterior)
    {
        _posterior = posterior;
        var dimension = posterior.Model.Inputs[0].Length;
        var candidates = new ScrambledSobol(dimension, 0).Sample(SobolCandidates).Concat(posterior.Model.Inputs).ToList();
        var worlds = posterior.Worlds;
        var means = new double[candidates.Count][];
        var sigmas = new double[candidates.Count];
        var workspace = posterior.CreateWorkspace();
        for (var i = 0; i < candidates.Count; i++)
        {
            means[i] = new double[worlds];
            sigmas[i] = posterior.Evaluate(candidates[i], means[i], workspace);
        }
        _maxima = new double[worlds];
        for (var s = 0; s < worlds; s++)
        {
            var gumbel = GumbelFit.Of(candidates.Select((_, i) => (means[i][s], sigmas[i])).ToList());
            _maxima[s] = Math.Max(gumbel.Quantile((s + 0.5) / worlds), posterior.Incumbents[s]);
        }
    }

    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var worlds = _posterior.Worlds;
        var workspace = _posterior.CreateWorkspace();
        Span<double> means = stackalloc double[worlds];
        Span<double> logH = stackalloc double[worlds];
        Span<double> dLogH = stackalloc double[worlds];
        Span<double> weights = stackalloc double[worlds];
        var sigma = _posterior.Evaluate(x, means, workspace);
        for (var s = 0; s < worlds; s++)
            (logH[s], dLogH[s]) = LogInformation((_maxima[s] - means[s]) / sigma);
        var value = LogMeanExp.Of(logH, gradient.IsEmpty ? [] : weights);
        if (!gradient.IsEmpty)
        {
            gradient.Clear();
            var sigmaWeight = 0.0;
            for (var s = 0; s < worlds; s++)
            {
                var weighted = weights[s] * dLogH[s];
                var gamma = (_maxima[s] - means[s]) / sigma;
                // d gamma / d mean = -1 / sigma, d gamma / d sigma = -gamma / sigma.
                dLogH[s] = -weighted / sigma;
                sigmaWeight -= weighted * gamma / sigma;
            }
            _posterior.AddGradient(x, dLogH, sigmaWeight, sigma, workspace, gradient);
        }
        return value;
    }

    // log h(gamma) and d log h / d gamma, with h'(g) = -(r/2)(1 + g^2 + g r), r = phi(g) / Phi(g).
    private static (double Value, double Derivative) LogInformation(double gamma)
    {
        var logPdf = NormalDistribution.LogPdf(gamma);
        if (gamma > UpperTail)
        {
            var a = logPdf + Math.Log(0.5 * gamma);
            var b = NormalDistribution.LogCdf(-gamma);
            var logH = Math.Max(a, b) + Math.Log(1.0 + Math.Exp(-Math.Abs(a - b)));
            return (logH, -0.5 * (1.0 + gamma * gamma) * Math.Exp(logPdf - logH));
        }
        var logCdf = NormalDistribution.LogCdf(gamma);
        var r = Math.Exp(logPdf - logCdf);
        var h = 0.5 * gamma * r - logCdf;
        return (Math.Log(h), -0.5 * r * (1.0 + gamma * gamma + gamma * r) / h);
    }

    // Gumbel(a, b) matched to the product of normal marginals at its quartiles (Wang and Jegelka 2017, section 3.1).
    private readonly record struct GumbelFit(double Location, double Scale)
    {
        private static readonly double LogLog4 = Math.Log(Math.Log(4.0));
        private static readonly double LogLog4Over3 = Math.Log(Math.Log(4.0 / 3.0));
        private static readonly double LogLog2 = Math.Log(Math.Log(2.0));

        public double Quantile(double p) => Location - Scale * Math.Log(-Math.Log(p));

        public static GumbelFit Of(IReadOnlyList<(double Mean, double Sigma)> marginals)
        {
            var best = marginals.Max(m => m.Mean);
            var relevant = marginals.Where(m => m.Mean + RelevantSigmas * m.Sigma >= best).ToList();
            var spread = relevant.Max(m => m.Sigma);
            var lower = Solve(relevant, 0.25, best - RelevantSigmas * spread, best + RelevantSigmas * spread);
            var median = Solve(relevant, 0.5, lower, best + RelevantSigmas * spread);
            var upper = Solve(relevant, 0.75, median, best + RelevantSigmas * spread);
            var scale = Math.Max((upper - lower) / (LogLog4 - LogLog4Over3), 1e-12 * (1.0 + spread));
            return new GumbelFit(median + scale * LogLog2, scale);
        }

        // The z in [low, high] with sum_i log Phi((z - mean_i) / sigma_i) = log p, by bisection (the sum increases with z).
        private static double Solve(IReadOnlyList<(double Mean, double Sigma)> marginals, double p, double low, double high)
        {
            var target = Math.Log(p);
            for (var step = 0; step < BisectionSteps; step++)
            {
                var z = 0.5 * (low + high);
                var logCdf = 0.0;
                foreach (var (mean, sigma) in marginals) logCdf += NormalDistribution.LogCdf((z - mean) / sigma);
                if (logCdf < target) low = z;
                else high = z;
            }
            return 0.5 * (low + high);
        }
    }
}
