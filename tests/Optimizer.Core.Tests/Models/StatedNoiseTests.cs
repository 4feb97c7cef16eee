using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Optimizer.Core.Models;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Models;

public sealed class StatedNoiseTests
{
    private static readonly RefitSettings EveryFit = new(Interval: 100, BackgroundFrom: 128);

    // A flat objective at 3.0 measured with noise sd 0.5 on 12 points of [0, 1]: everything that varies is noise.
    private static readonly double[][] Inputs = Enumerable.Range(0, 12).Select(i => new[] { (i + 0.5) / 12.0 }).ToArray();
    private static readonly double[] Noisy = MeasuredFlat(new Random(7), 0.5);

    private static double[] MeasuredFlat(Random random, double sd) =>
        Inputs.Select(_ => 3.0 + sd * MathNet.Numerics.Distributions.Normal.Sample(random, 0.0, 1.0)).ToArray();

    [Fact]
    public void Without_the_power_step_the_model_holds_the_stated_variance_over_the_outcomes_variance()
    {
        var settings = new OutcomeModelSettings(Negate: true, LogWarp: false, PowerTransform: false, EveryFit, new GpFitOptions(), NoiseSd: 0.5);

        var fit = new OutcomeModel(settings, 1, "objective 'loss'", null).Update(Inputs, Noisy);

        var mean = Noisy.Average();
        var variance = Noisy.Sum(v => (v - mean) * (v - mean)) / (Noisy.Length - 1);
        Assert.Equal(0.25 / variance, fit.Model.Hyperparameters.NoiseVariance, 12);
    }

    [Fact]
    public void With_the_power_step_it_holds_the_stated_sd_carried_through_the_step_at_every_observation()
    {
        double[] skewed = [0.1, 0.2, 0.15, 0.3, 5.0, 0.25, 0.4, 9.0, 0.12, 0.22, 0.35, 1.5];
        var settings = new OutcomeModelSettings(Negate: false, LogWarp: false, PowerTransform: true, EveryFit, new GpFitOptions(), NoiseSd: 0.05);

        var fit = new OutcomeModel(settings, 1, "objective 'eff'", null).Update(Inputs, skewed);

        Assert.NotEqual(1.0, fit.Transform.Lambda);
        var expected = skewed.Average(v => Math.Pow(0.05 * fit.Transform.Slope(v), 2));
        Assert.Equal(expected, fit.Model.Hyperparameters.NoiseVariance, 12);
    }

    [Fact]
    public void The_proposals_model_holds_the_stated_noise_only_when_asked()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var objective = new Objective("loss", ObjectiveDirection.Minimize) { NoiseSd = 0.5 };
        OutcomeFit Fit(GaussianProcessOptions options) => GaussianProcessParts.From(space, objective, options, 1).Model.Update(Inputs, Noisy);

        var held = Fit(new GaussianProcessOptions { HoldStatedNoise = true });
        var fitted = Fit(new GaussianProcessOptions());

        var stated = Noisy.Average(v => Math.Pow(0.5 * held.Transform.Slope(v), 2));
        Assert.Equal(stated, held.Model.Hyperparameters.NoiseVariance, 12);
        Assert.True(Math.Abs(fitted.Model.Hyperparameters.NoiseVariance - stated) > 1e-3, $"fitted {fitted.Model.Hyperparameters.NoiseVariance}, stated {stated}");
    }

    [Property(MaxTest = 200)]
    public Property The_slope_of_the_transform_is_its_derivative(PositiveInt seed, bool negate, bool power, bool logWarp)
    {
        var random = new Random(seed.Get);
        var values = Enumerable.Range(0, 8).Select(_ => 0.1 + 10 * Math.Pow(random.NextDouble(), 3)).ToArray();
        var transform = OutputTransform.Fit(values, logWarp, negate, power);
        var at = values[random.Next(values.Length)];
        const double h = 1e-6;

        var numeric = Math.Abs(transform.Forward(at + h) - transform.Forward(at - h)) / (2 * h);

        var slope = transform.Slope(at);
        return (Math.Abs(slope - numeric) <= 1e-5 * Math.Max(1.0, numeric)).Label($"slope {slope}, numeric {numeric} at {at}");
    }

    [Fact]
    public void A_recommendation_with_the_noise_stated_predicts_the_flat_value_closer_than_the_fitted_noise_does()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var objective = new Objective("loss", ObjectiveDirection.Minimize);
        var study = new Study(space, [objective], new SobolStrategy(space, 3));
        foreach (var value in Noisy) study.Tell(study.Ask(), new Dictionary<string, double> { ["loss"] = value });

        var withFittedNoise = Recommendation.FromTrials(space, objective, study.Trials)!;
        var withStatedNoise = Recommendation.FromTrials(space, objective with { NoiseSd = 0.5 }, study.Trials)!;

        Assert.True(
            Math.Abs(withStatedNoise.PredictedValue - 3.0) < Math.Abs(withFittedNoise.PredictedValue - 3.0),
            $"stated {withStatedNoise.PredictedValue}, fitted {withFittedNoise.PredictedValue}, best observed {Noisy.Min()}");
        // The stated noise makes the model average the 12 draws: its prediction is within two standard errors of 3.
        Assert.InRange(withStatedNoise.PredictedValue, 3.0 - 2 * 0.5 / Math.Sqrt(12), 3.0 + 2 * 0.5 / Math.Sqrt(12));
    }
}
