using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

public sealed class TrustRegionTests
{
    private static readonly TrustRegionOptions Paper = new();

    [Fact]
    public void Replayed_history_doubles_halves_and_restarts_the_side()
    {
        // Design best 2; three successes double 0.8 to 1.6; a too-small gain and a failed trial halve it; a success
        // resets the failures; then 14 failures halve it every second one until 0.8 / 128 < 0.5^7 restarts it at 0.8.
        var options = Paper with { FailureTolerance = 2 };
        double?[] outcomes = [1.0, 2.0, 3.0, 4.0, 5.0, 5.001, null, 6.0, .. Enumerable.Repeat<double?>(1.0, 14)];

        var lengths = TrustRegion.Lengths(outcomes, design: 2, options, options.FailureToleranceFor(2));

        double[] expected =
        [
            0.8, 0.8, 1.6, 1.6, 0.8, 0.8,
            0.8, 0.4, 0.4, 0.2, 0.2, 0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.0125, 0.0125, 0.8,
        ];
        Assert.Equal(expected, lengths);
    }

    [Fact]
    public void Side_never_doubles_past_the_maximum()
    {
        double?[] outcomes = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0];

        var lengths = TrustRegion.Lengths(outcomes, design: 2, Paper, Paper.FailureToleranceFor(2));

        Assert.Equal(new[] { 0.8, 0.8, 1.6, 1.6, 1.6, 1.6 }, lengths);
    }

    [Fact]
    public void A_success_must_beat_the_best_by_a_thousandth_of_its_magnitude()
    {
        // Best -10: a success needs more than -10 + 0.01 = -9.99.
        var options = Paper with { SuccessTolerance = 1, FailureTolerance = 1 };

        Assert.Equal(new[] { 0.4 }, TrustRegion.Lengths([-10.0, -9.995], design: 1, options, 1));
        Assert.Equal(new[] { 1.6 }, TrustRegion.Lengths([-10.0, -9.98], design: 1, options, 1));
    }

    [Fact]
    public void A_design_of_failed_trials_makes_the_first_outcome_a_success()
    {
        var options = Paper with { SuccessTolerance = 1 };

        Assert.Equal(new[] { 1.6 }, TrustRegion.Lengths([null, null, -5.0], design: 2, options, 4));
    }

    [Fact]
    public void Before_any_model_based_outcome_the_side_is_the_initial_one()
    {
        Assert.Equal(0.8, TrustRegion.Length([1.0, 2.0], design: 3, Paper, 4));
    }

    [Fact]
    public void Default_failure_tolerance_is_max_of_four_and_the_dimension()
    {
        Assert.Equal(4, Paper.FailureToleranceFor(2));
        Assert.Equal(4, Paper.FailureToleranceFor(4));
        Assert.Equal(10, Paper.FailureToleranceFor(10));
        Assert.Equal(3, (Paper with { FailureTolerance = 3 }).FailureToleranceFor(10));
    }

    [Fact]
    public void Paper_defaults_start_at_0_8_and_restart_below_half_to_the_seventh()
    {
        Assert.Equal(0.8, Paper.InitialLength);
        Assert.Equal(1.6, Paper.MaxLength);
        Assert.Equal(Math.Pow(0.5, 7), Paper.MinLength);
        Assert.Equal(3, Paper.SuccessTolerance);
    }
}
