using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.MultiObjective;

public sealed class ParetoFrontTests
{
    private static readonly Objective[] Objectives =
        [new("auc", ObjectiveDirection.Maximize), new("luts", ObjectiveDirection.Minimize)];

    private static readonly OutcomeConstraint[] LatencyAtMost50 = [new("latency", null, 50)];

    private static Observation Trial(double auc, double luts, double? latency)
    {
        var values = new Dictionary<string, double> { ["auc"] = auc, ["luts"] = luts };
        if (latency is { } l) values["latency"] = l;
        return new Observation(new Dictionary<string, ParameterValue>(), values);
    }

    [Fact]
    public void Feasibility_aware_front_excludes_infeasible_points_even_when_they_dominate()
    {
        Observation[] trials =
        [
            Trial(0.99, 10, latency: 80),   // best in both objectives, too slow
            Trial(0.90, 500, latency: 40),
            Trial(0.80, 100, latency: 50),  // on the bound: feasible
            Trial(0.70, 600, latency: 10),  // dominated by trial 1
            Trial(0.95, 50, latency: null), // latency missing: not feasible
        ];

        var front = ParetoFront.Select(trials, Objectives, LatencyAtMost50);

        Assert.Equal([1, 2], front);
    }

    [Fact]
    public void Front_is_empty_when_no_point_is_feasible()
    {
        Observation[] trials = [Trial(0.9, 10, latency: 60), Trial(0.8, 20, latency: null)];

        Assert.Empty(ParetoFront.Select(trials, Objectives, LatencyAtMost50));
    }

    [Fact]
    public void Without_constraints_the_front_is_the_non_dominated_set_in_each_direction()
    {
        Observation[] trials = [Trial(0.9, 200, null), Trial(0.8, 100, null), Trial(0.8, 300, null), Trial(0.9, 200, null)];

        Assert.Equal([0, 1, 3], ParetoFront.Select(trials, Objectives, []));
    }

    [Fact]
    public void Total_violation_sums_distances_to_violated_bounds()
    {
        OutcomeConstraint[] constraints = [new("latency", null, 50), new("power", 1, 3)];
        var values = new Dictionary<string, double> { ["latency"] = 55, ["power"] = 0.5 };

        Assert.Equal(5.5, Feasibility.TotalViolation(values, constraints));
        Assert.False(Feasibility.IsFeasible(values, constraints));
        Assert.Equal(double.PositiveInfinity, Feasibility.TotalViolation(new Dictionary<string, double> { ["latency"] = 1 }, constraints));
        Assert.True(Feasibility.IsFeasible(new Dictionary<string, double> { ["latency"] = 50, ["power"] = 3 }, constraints));
    }
}
