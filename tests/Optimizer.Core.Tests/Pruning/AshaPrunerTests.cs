using Optimizer.Core.Pruning;

namespace Optimizer.Core.Tests.Pruning;

public sealed class AshaPrunerTests
{
    private readonly LearningCurves _curves = new();
    private readonly AshaPruner _asha = new(minStep: 1, maxStep: 9, reductionFactor: 3);

    private bool Report(int trial, int step, double loss)
    {
        _curves.Add(trial, step, loss);
        return _asha.ShouldStop(_curves, trial, step);
    }

    [Fact]
    public void Rungs_lie_at_min_step_times_powers_of_the_reduction_factor_below_max_step()
    {
        Assert.Equal([1, 3, 9], new AshaPruner(1, 27, 3).Rungs);
        Assert.Equal([2, 8], new AshaPruner(2, 20, 4).Rungs);
        Assert.Equal([1, 3], _asha.Rungs);
    }

    [Fact]
    public void A_trial_reaching_a_rung_goes_on_only_in_the_top_third_of_the_values_recorded_there_so_far()
    {
        // rung 1, by hand: n trials recorded there (itself included) keep max(1, floor(n / 3)); rank 1 is the lowest loss.
        Assert.False(Report(0, 1, 0.50));   // n = 1, keep 1, rank 1
        Assert.False(Report(1, 1, 0.40));   // n = 2, keep 1, rank 1
        Assert.True(Report(2, 1, 0.60));    // n = 3, keep 1, rank 3
        Assert.True(Report(3, 1, 0.45));    // n = 4, keep 1, rank 2
        Assert.False(Report(4, 1, 0.30));   // n = 5, keep 1, rank 1
        Assert.False(Report(5, 1, 0.35));   // n = 6, keep 2, rank 2
        Assert.True(Report(6, 1, 0.42));    // n = 7, keep 2, rank 4
    }

    [Fact]
    public void Steps_between_rungs_are_not_judged_and_the_next_rung_compares_only_trials_that_reached_it()
    {
        Assert.False(Report(0, 1, 0.5));
        Assert.False(Report(1, 1, 0.4));
        Assert.False(Report(0, 2, 0.9));    // not a rung
        Assert.False(Report(0, 3, 0.3));    // rung 3: alone there
        Assert.False(Report(1, 3, 0.2));    // n = 2, keep 1, rank 1
        Assert.False(Report(1, 2, 5.0));    // a step below a rung already passed is never judged again
    }

    [Fact]
    public void A_decision_counts_only_reports_that_arrived_before_it_so_no_rung_waits_and_a_replay_decides_the_same()
    {
        Assert.False(Report(0, 1, 0.5));
        Assert.False(Report(1, 1, 0.4));
        _curves.Add(2, 1, 0.1);             // arrives after trial 1's report

        Assert.False(_asha.ShouldStop(_curves, 1, 1));  // trial 1 judged again (a resent report): the same answer
        Assert.True(Report(3, 1, 0.45));
    }

    [Fact]
    public void A_trial_that_skips_a_rung_is_judged_there_with_the_first_value_it_reported_beyond_it()
    {
        Assert.False(Report(0, 1, 0.5));
        Assert.False(Report(0, 3, 0.3));
        Assert.False(Report(1, 1, 0.4));
        Assert.False(Report(1, 3, 0.25));   // rung 3: {0.3, 0.25}, keep 1, rank 1
        Assert.False(Report(2, 1, 0.35));   // rung 1: {0.5, 0.4, 0.35}, keep 1, rank 1
        Assert.True(Report(2, 5, 0.28));    // rung 3 reached at step 5: {0.3, 0.25, 0.28}, keep 1, rank 2
    }
}
