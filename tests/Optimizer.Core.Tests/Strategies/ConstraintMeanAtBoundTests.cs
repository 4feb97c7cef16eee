using Optimizer.Core.Models;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Xunit;

namespace Optimizer.Core.Tests.Strategies;

public class ConstraintMeanAtBoundTests
{
    // A constraint slack observed only on the left fifth of [0, 1], infeasible there (slack about -2, bound 0).
    private static readonly double[][] Inputs = Enumerable.Range(0, 12).Select(i => new[] { 0.2 * i / 11.0 }).ToArray();
    private static readonly double[] Slacks = Inputs.Select(x => -2.0 + 0.5 * Math.Sin(60 * x[0])).ToArray();

    [Fact]
    public void A_fixed_mean_is_held_exactly_by_the_fit()
    {
        var options = new GpFitOptions { FixedMean = 0.7 };

        var fit = HyperparameterFit.Fit(Inputs, Standardized(Slacks), options, new Random(1));

        Assert.Equal(HyperparameterFitStatus.Fitted, fit.Status);
        Assert.Equal(0.7, fit.Hyperparameters.Mean);
        Assert.Equal(0.7, HyperparameterFit.Default(1, options).Mean);
        var (lower, upper) = HyperparameterFit.Bounds(1, options);
        Assert.Equal((0.7, 0.7), (lower[3], upper[3]));
    }

    [Fact]
    public void An_outcome_model_with_its_mean_at_a_raw_value_reverts_to_that_value_far_from_the_data()
    {
        var settings = new OutcomeModelSettings(false, false, false, new RefitSettings(100, 128), new GpFitOptions(), PriorMeanAt: 0.0);

        var held = new OutcomeModel(settings, 3, "constraint 'slack'", null).Update(Inputs, Slacks);
        var fitted = new OutcomeModel(settings with { PriorMeanAt = null }, 3, "constraint 'slack'", null).Update(Inputs, Slacks);

        double RawMeanFarAway(OutcomeFit fit) => fit.Transform.Inverse(fit.Model.PredictMean([1.0]));
        Assert.Equal(0.0, RawMeanFarAway(held), 2);
        Assert.InRange(RawMeanFarAway(fitted), -2.5, -1.5);
        // Near the data both follow it.
        Assert.Equal(Slacks[3], held.Transform.Inverse(held.Model.PredictMean(Inputs[3])), 1);
    }

    [Fact]
    public void With_the_option_feasibility_where_no_trial_has_been_is_even_odds_and_without_it_near_zero()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var constraint = new OutcomeConstraint("slack", 0.0, null);
        var history = Inputs.Zip(Slacks, (x, s) => new Observation(space.Decode(x), new Dictionary<string, double> { ["slack"] = s })).ToList();

        double ProbabilityFarAway(bool meanAtBound)
        {
            var models = new ConstraintModels(space, [constraint], ClosedFormMetrics.None, new GpFitOptions(), new RefitSettings(100, 128), 5, null, meanAtBound);
            return Math.Exp(models.Fit(Inputs, history).Term([]).Evaluate([1.0], []));
        }

        Assert.Equal(0.5, ProbabilityFarAway(meanAtBound: true), 2);
        Assert.True(ProbabilityFarAway(meanAtBound: false) < 1e-3, $"P(feasible) far away {ProbabilityFarAway(meanAtBound: false)}");
    }

    private static double[] Standardized(double[] values)
    {
        var transform = OutputTransform.Fit(values, logWarp: false, negate: false);
        return values.Select(transform.Forward).ToArray();
    }
}
