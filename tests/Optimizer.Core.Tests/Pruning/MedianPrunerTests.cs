using Optimizer.Core.Outcomes;
using Optimizer.Core.Pruning;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Pruning;

public sealed class MedianPrunerTests
{
    private readonly LearningCurves _curves = new();
    private readonly MedianPruner _median = new(minStep: 2);

    private bool Report(int trial, int step, double loss)
    {
        _curves.Add(trial, step, loss);
        return _median.ShouldStop(_curves, trial, step);
    }

    [Fact]
    public void From_min_step_a_trial_worse_than_the_median_of_the_others_at_that_step_stops()
    {
        Assert.False(Report(0, 1, 0.9));
        Assert.False(Report(0, 2, 0.5));    // nobody else at step 2
        Assert.False(Report(0, 3, 0.4));
        Assert.False(Report(1, 1, 5.0));    // before min_step nothing stops
        Assert.True(Report(1, 2, 0.6));     // others at 2: {0.5}
        Assert.False(Report(2, 2, 0.45));   // others at 2: {0.5, 0.6}, median 0.55
        Assert.True(Report(3, 2, 0.56));    // others at 2: {0.5, 0.6, 0.45}, median 0.5
        Assert.False(Report(2, 3, 0.4));    // equal to the median is not worse
    }

    [Fact]
    public void Curves_of_a_maximized_objective_are_losses_of_its_negative()
    {
        var curves = new LearningCurves();
        var auc = new Objective("auc", ObjectiveDirection.Maximize);
        var at = DateTimeOffset.UnixEpoch;

        Assert.True(curves.Add(0, new IntermediateReport(1, 2, new Dictionary<string, double> { ["auc"] = 0.9 }, at), auc));
        Assert.True(curves.Add(1, new IntermediateReport(1, 2, new Dictionary<string, double> { ["auc"] = 0.7 }, at), auc));
        Assert.False(curves.Add(2, new IntermediateReport(1, 2, new Dictionary<string, double> { ["loss"] = 0.7 }, at), auc));

        Assert.True(_median.ShouldStop(curves, 1, 2));
        Assert.False(_median.ShouldStop(curves, 0, 2));
    }
}
