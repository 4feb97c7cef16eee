using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Optimizer.Core.Models;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Models;

/// <summary>Each trial's own reported standard error as that observation's noise (<see cref="Objective.NoiseSdMetric"/>).</summary>
public sealed class ReportedErrorsTests
{
    private static readonly RefitSettings EveryFit = new(Interval: 100, BackgroundFrom: 128);

    [Fact]
    public void Two_measurements_at_one_point_combine_by_their_precisions()
    {
        // RBF, l = 0.5, s = 2, noise 0.1, mean 0.25; y1 = 1 with variance 0.1 (r = 1), y2 = -1 with variance 0.4 (r = 4), both
        // at x = 0.3: the same posterior as one measurement of the precision-weighted mean with variance 1 / (1/0.1 + 1/0.4).
        var h = new GpHyperparameters([0.5], 2.0, 0.1, 0.25);
        var gp = GaussianProcess.Condition(h, KernelKind.Rbf, [[0.3], [0.3]], [1.0, -1.0], [1.0, 4.0]);
        var combinedVariance = 1.0 / (1.0 / 0.1 + 1.0 / 0.4);
        var combined = (1.0 / 0.1 - 1.0 / 0.4) * combinedVariance;
        var kStar = 2.0 * Math.Exp(-0.5 * 0.16);          // x* = 0.5: r = 0.2 / 0.5

        var (mean, variance) = gp.Predict([0.5]);

        Assert.Equal(0.25 + kStar / (2.0 + combinedVariance) * (combined - 0.25), mean, 12);
        Assert.Equal(2.0 - kStar * kStar / (2.0 + combinedVariance), variance, 12);
    }

    [Property(MaxTest = 40)]
    public Property Extending_a_process_with_its_noise_scales_equals_a_fresh_factorization_bit_for_bit(PositiveInt seed, PositiveInt size)
    {
        var random = new Random(seed.Get);
        var n = 3 + size.Get % 30;
        var m = 1 + random.Next(n - 1);
        var x = Enumerable.Range(0, n).Select(_ => new[] { random.NextDouble(), random.NextDouble() }).ToArray();
        var y = x.Select(p => Math.Sin(4 * p[0]) + p[1]).ToArray();
        var scales = x.Select(_ => Math.Exp(4 * random.NextDouble() - 2)).ToArray();
        var h = new GpHyperparameters([0.3, 0.6], 1.2, 0.01, 0.1);
        var fresh = GaussianProcess.Condition(h, KernelKind.Matern52, x, y, scales);

        var extended = GaussianProcess.Condition(h, KernelKind.Matern52, x[..m], y[..m], scales[..m]).Extend(x, y, scales);

        Assert.NotNull(extended);
        var same = Enumerable.Range(0, n).All(i => fresh.Factor.Row(i).SequenceEqual(extended.Factor.Row(i))) && fresh.Alpha.SequenceEqual(extended.Alpha);
        return same.Label($"n = {n}, {n - m} added");
    }

    [Fact]
    public void A_process_is_not_extended_with_other_noise_scales_for_its_own_observations()
    {
        var h = new GpHyperparameters([0.3], 1.0, 0.01, 0.0);
        double[][] x = [[0.1], [0.5], [0.9]];
        var leading = GaussianProcess.Condition(h, KernelKind.Matern52, x[..2], [0.0, 1.0], [1.0, 2.0]);

        Assert.Null(leading.Extend(x, [0.0, 1.0, 2.0], [1.0, 3.0, 1.0]));
        Assert.Null(leading.Extend(x, [0.0, 1.0, 2.0]));
        Assert.Throws<ArgumentException>(() => GaussianProcess.Condition(h, KernelKind.Matern52, x, [0.0, 1.0, 2.0], [1.0, 0.0, 1.0]));
    }

    [Fact]
    public void The_conditioned_model_holds_each_observation_at_its_own_error()
    {
        double[][] inputs = Enumerable.Range(0, 10).Select(i => new[] { i / 9.0 }).ToArray();
        double[] values = [3.1, 2.9, 3.3, 2.8, 3.0, 3.2, 2.7, 3.05, 2.95, 3.15];
        double[] errors = [0.1, 0.2, 0.05, 0.4, 0.1, 0.3, 0.1, 0.02, 0.1, 0.6];
        var settings = new OutcomeModelSettings(Negate: true, LogWarp: false, PowerTransform: false, EveryFit, new GpFitOptions());

        var fit = new OutcomeModel(settings, 1, "objective 'loss'", null).Update(inputs, values, errors);

        // The conditioned model is a fresh factorization with noise (e_i / sd(y))^2 at observation i.
        var scale = fit.Transform.InverseLength(1.0);
        var expected = GaussianProcess.Condition(
            fit.Model.Hyperparameters, KernelKind.Matern52, inputs, values.Select(fit.Transform.Forward).ToArray(),
            errors.Select(e => Math.Pow(e / scale, 2) / fit.Model.Hyperparameters.NoiseVariance).ToArray());
        Assert.Equal(expected.Predict([0.45]).Mean, fit.Model.Predict([0.45]).Mean, 12);
        Assert.Equal(expected.Predict([0.45]).Variance, fit.Model.Predict([0.45]).Variance, 12);
        // The noise hyper-parameter is the geometric mean of the per-observation variances.
        Assert.Equal(Math.Exp(errors.Average(e => Math.Log(Math.Pow(e / scale, 2)))), fit.Model.Hyperparameters.NoiseVariance, 10);
    }

    [Fact]
    public void A_lucky_draw_with_a_large_error_is_not_recommended_over_a_precise_measurement()
    {
        // A flat objective at 3.0: ten trials 0.1 off either way that reported an error of 0.3, one lucky draw of 1.0 that
        // reported an error of 2, one precise 2.7 (error 0.01). Fitted noise takes the lucky draw at its word; the errors do not.
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var objective = new Objective("loss", ObjectiveDirection.Minimize);
        var study = new Study(space, [objective], new SobolStrategy(space, 3));
        for (var i = 0; i < 12; i++)
        {
            var (value, error) = i switch { 4 => (1.0, 2.0), 9 => (2.7, 0.01), _ => (3.0 + (i % 2 == 0 ? 0.1 : -0.1), 0.3) };
            study.Tell(study.Ask(), new Dictionary<string, double> { ["loss"] = value, ["loss_err"] = error });
        }

        var withErrors = Recommendation.FromTrials(space, objective with { NoiseSdMetric = "loss_err" }, study.Trials)!;
        var fitted = Recommendation.FromTrials(space, objective, study.Trials)!;

        Assert.Equal(9, withErrors.Trial.Number);
        Assert.Equal(2.7, withErrors.PredictedValue, 1);
        Assert.InRange(withErrors.PredictedStandardDeviation, 0.0, 0.011);
        Assert.Equal(4, fitted.Trial.Number);
    }

    [Fact]
    public void A_missing_negative_or_non_finite_error_stands_as_the_largest_valid_one()
    {
        var objective = new Objective("eff", ObjectiveDirection.Maximize) { NoiseSdMetric = "eff_err" };
        IReadOnlyDictionary<string, double>[] values =
        [
            new Dictionary<string, double> { ["eff"] = 0.5, ["eff_err"] = 0.02 },
            new Dictionary<string, double> { ["eff"] = 0.6 },
            new Dictionary<string, double> { ["eff"] = 0.7, ["eff_err"] = -1.0 },
            new Dictionary<string, double> { ["eff"] = 0.7, ["eff_err"] = double.NaN },
            new Dictionary<string, double> { ["eff"] = 0.8, ["eff_err"] = 0.05 },
            new Dictionary<string, double> { ["eff"] = 0.9, ["eff_err"] = 0.0 },
        ];

        Assert.Equal([0.02, 0.05, 0.05, 0.05, 0.05, 0.0], ReportedErrors.Of(objective, values)!);
        Assert.Null(ReportedErrors.Of(objective, values[1..4]));
        Assert.Null(ReportedErrors.Of(objective with { NoiseSdMetric = null }, values));
    }

    [Fact]
    public void Zero_and_enormous_errors_keep_the_recommendation_finite()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var objective = new Objective("loss", ObjectiveDirection.Minimize) { NoiseSdMetric = "loss_err" };
        var study = new Study(space, [objective], new SobolStrategy(space, 3));
        double[] errors = [0.0, 1e300, 0.0, 1e-300, 0.5, 1e300, 0.0, 2.0];
        for (var i = 0; i < errors.Length; i++)
            study.Tell(study.Ask(), new Dictionary<string, double> { ["loss"] = i % 3, ["loss_err"] = errors[i] });

        var recommended = Recommendation.FromTrials(space, objective, study.Trials)!;

        Assert.True(double.IsFinite(recommended.PredictedValue) && double.IsFinite(recommended.PredictedStandardDeviation), $"{recommended}");
        Assert.Equal(0.0, study.Trials[recommended.Trial.Number].Values["loss"]);
        Assert.Equal(0.0, study.Trials[recommended.Trial.Number].Values["loss_err"]);
    }

    [Fact]
    public void The_proposals_model_holds_the_reported_errors_unless_told_not_to()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var objective = new Objective("loss", ObjectiveDirection.Minimize) { NoiseSdMetric = "loss_err" };
        var history = Enumerable.Range(0, 8)
            .Select(i => new Observation(space.Decode([(i + 0.5) / 8]), new Dictionary<string, double> { ["loss"] = Math.Sin(6.0 * i / 8), ["loss_err"] = 0.05 * (1 + i) }))
            .ToList();
        IReadOnlyList<Assignment> Propose(GaussianProcessOptions options) => new GaussianProcessStrategy(space, objective, options, 1).Propose(history, [], 1);

        var held = Propose(new GaussianProcessOptions());
        var fitted = Propose(new GaussianProcessOptions { HoldReportedErrors = false });
        var unreported = new GaussianProcessStrategy(space, objective with { NoiseSdMetric = null }, new GaussianProcessOptions(), 1).Propose(history, [], 1);

        Assert.NotEqual(held[0]["x"].Number, fitted[0]["x"].Number);
        Assert.Equal(fitted[0]["x"].Number, unreported[0]["x"].Number);
    }

    [Fact]
    public void A_failed_trial_enters_the_model_with_the_largest_reported_error()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var objective = new Objective("loss", ObjectiveDirection.Minimize) { NoiseSdMetric = "loss_err" };
        var history = Enumerable.Range(0, 8)
            .Select(i => new Observation(space.Decode([(i + 0.5) / 8]), new Dictionary<string, double> { ["loss"] = Math.Sin(6.0 * i / 8), ["loss_err"] = 0.05 * (1 + i) }))
            .Append(Observation.Failure(space.Decode([0.97])))
            .ToList();

        // Nine model inputs (eight successes, the failure at the worst value) need nine errors, or the model refuses them.
        var proposed = new GaussianProcessStrategy(space, objective, new GaussianProcessOptions(), 1).Propose(history, [], 1);

        Assert.NotEqual(0.97, proposed.Single()["x"].Number);
    }
}
