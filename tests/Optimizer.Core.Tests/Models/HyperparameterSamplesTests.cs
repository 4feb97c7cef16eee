using Optimizer.Core.Models;

namespace Optimizer.Core.Tests.Models;

public sealed class HyperparameterSamplesTests
{
    // A tiny 1-d GP: theta = [log l, log s, log noise, mean].
    private static readonly double[][] X = [[0.1], [0.35], [0.6], [0.9]];
    private static readonly double[] Y = [-1.0, 0.8, 0.4, -0.6];
    private static readonly GpFitOptions Options = new();

    private static GpHyperparameters Map() => HyperparameterFit.Fit(X, Y, Options, new Random(1)).Hyperparameters;

    private static double LogPosterior(double[] theta)
    {
        try
        {
            return MarginalLikelihood.Evaluate(Options.Kernel, X, Y, theta, []) + GpPriors.LogDensity(Options, theta, new double[4]);
        }
        catch (InvalidOperationException)
        {
            return double.NegativeInfinity;
        }
    }

    // Mean and variance of log l under the posterior, by a Riemann sum over a grid of the fit's whole box.
    private static (double Mean, double Variance) GridMoments()
    {
        var (lower, upper) = HyperparameterFit.Bounds(1, Options);
        int[] points = [24, 19, 14, 21]; // within 0.01 of a grid twice as fine in each direction
        var axes = Enumerable.Range(0, 4).Select(i => Enumerable.Range(0, points[i]).Select(j => lower[i] + (upper[i] - lower[i]) * j / (points[i] - 1)).ToArray()).ToArray();
        var logs = new List<(double LogL, double LogP)>();
        foreach (var l in axes[0])
            foreach (var s in axes[1])
                foreach (var noise in axes[2])
                    foreach (var mean in axes[3])
                        logs.Add((l, LogPosterior([l, s, noise, mean])));
        var max = logs.Max(p => p.LogP);
        var weights = logs.Select(p => Math.Exp(p.LogP - max)).ToArray();
        var total = weights.Sum();
        var m = logs.Select((p, i) => weights[i] * p.LogL).Sum() / total;
        var v = logs.Select((p, i) => weights[i] * (p.LogL - m) * (p.LogL - m)).Sum() / total;
        return (m, v);
    }

    [Fact]
    public void Samples_of_the_log_lengthscale_match_the_posterior_on_a_grid()
    {
        var (gridMean, gridVariance) = GridMoments();

        var samples = HyperparameterSamples.Draw(X, Y, Options, Map(), 3000, kernelOnly: false, new Random(2)).Select(h => Math.Log(h.Lengthscales[0])).ToArray();

        var mean = samples.Average();
        var variance = samples.Sum(s => (s - mean) * (s - mean)) / (samples.Length - 1);
        Assert.True(Math.Abs(mean - gridMean) < 0.1, $"sample mean {mean}, grid {gridMean}");
        Assert.True(Math.Abs(variance / gridVariance - 1) < 0.15, $"sample variance {variance}, grid {gridVariance}");
    }

    [Fact]
    public void Same_seed_gives_the_same_samples_inside_the_fit_box()
    {
        var first = HyperparameterSamples.Draw(X, Y, Options, Map(), 8, kernelOnly: false, new Random(5));
        var second = HyperparameterSamples.Draw(X, Y, Options, Map(), 8, kernelOnly: false, new Random(5));
        var other = HyperparameterSamples.Draw(X, Y, Options, Map(), 8, kernelOnly: false, new Random(6));

        Assert.Equal(8, first.Count);
        Assert.Equal(first.Select(h => h.ToVector()), second.Select(h => h.ToVector()));
        Assert.NotEqual(first.Select(h => h.ToVector()), other.Select(h => h.ToVector()));
        var (lower, upper) = HyperparameterFit.Bounds(1, Options);
        Assert.All(first, h => Assert.All(h.ToVector().Select((v, i) => (v, i)), p => Assert.InRange(p.v, lower[p.i], upper[p.i])));
        Assert.Equal(8, first.Select(h => h.Lengthscales[0]).Distinct().Count());
    }

    [Fact]
    public void Kernel_only_samples_keep_the_map_noise_and_mean()
    {
        var map = Map();

        var samples = HyperparameterSamples.Draw(X, Y, Options, map, 8, kernelOnly: true, new Random(5));

        Assert.All(samples, h => Assert.Equal(map.Mean, h.Mean));
        Assert.All(samples, h => Assert.True(Math.Abs(h.NoiseVariance / map.NoiseVariance - 1) < 1e-12, $"noise {h.NoiseVariance}, MAP {map.NoiseVariance}"));
        Assert.Equal(8, samples.Select(h => (h.Lengthscales[0], h.Outputscale)).Distinct().Count());
    }

    [Fact]
    public void Outcome_model_conditions_on_each_sample_below_the_limit_and_on_the_map_alone_from_it()
    {
        var random = new Random(3);
        var x = Enumerable.Range(0, 12).Select(_ => new[] { random.NextDouble(), random.NextDouble() }).ToList();
        var y = x.Select(p => Math.Sin(5 * p[0]) + p[1]).ToList();
        OutcomeModel Model(int below) => new(
            new OutcomeModelSettings(false, false, false, new RefitSettings(100, 128), new GpFitOptions(), new HyperparameterSampling(4, below)), 7, "objective 'y'", null);

        var sampled = Model(below: 13).Update(x, y);
        var again = Model(below: 13).Update(x, y);
        var map = Model(below: 12).Update(x, y);

        Assert.Equal(4, sampled.Samples.Count);
        Assert.All(sampled.Samples, m => Assert.Equal(12, m.Count));
        Assert.Equal(sampled.Samples.Select(m => m.Hyperparameters.ToVector()), again.Samples.Select(m => m.Hyperparameters.ToVector()));
        Assert.Empty(map.Samples);
        Assert.Equal(map.Model.Hyperparameters.ToVector(), sampled.Model.Hyperparameters.ToVector());
    }
}
