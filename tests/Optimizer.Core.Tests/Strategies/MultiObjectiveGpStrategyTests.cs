using Optimizer.Core.Acquisition;
using Optimizer.Core.Optimization;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

public sealed class MultiObjectiveGpStrategyTests
{
    private static readonly AcquisitionOptimizerOptions Quick = new(RawSamples: 128, Restarts: 2, MaxIterations: 15);

    private static MultiObjectiveGpStrategy Strategy(
        MultiObjectiveAcquisition acquisition, int seed, IReadOnlyList<OutcomeConstraint>? constraints = null, ClosedFormMetrics? closedForms = null, bool sampledFeasibility = false) =>
        new(new BraninCurrin().Space, new BraninCurrin().Objectives, constraints ?? [],
            new MultiObjectiveOptions(Acquisition: acquisition, ClosedForms: closedForms) { InitialTrials = 6, Worlds = 8, Optimizer = Quick, SampledFeasibility = sampledFeasibility }, seed);

    private static List<Observation> Run(IStrategy strategy, int n, Func<Assignment, IReadOnlyDictionary<string, double>> evaluate)
    {
        var history = new List<Observation>();
        for (var i = 0; i < n; i++)
        {
            var point = strategy.Propose(history, [], 1)[0];
            history.Add(new Observation(point, evaluate(point)));
        }
        return history;
    }

    private static IReadOnlyDictionary<string, double> WithSum(Assignment point)
    {
        var values = new Dictionary<string, double>(new BraninCurrin().Evaluate(point));
        values["sum"] = point["x1"].Number + point["x2"].Number;
        return values;
    }

    private static string Key(Assignment p) => $"{p["x1"]}/{p["x2"]}";

    [Theory]
    [InlineData(MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement)]
    [InlineData(MultiObjectiveAcquisition.Parego)]
    public void Proposals_never_duplicate_an_observed_or_pending_point(MultiObjectiveAcquisition acquisition)
    {
        var strategy = Strategy(acquisition, 3);
        var history = Run(strategy, 9, new BraninCurrin().Evaluate);
        var pending = strategy.Propose(history, [], 3);

        var proposals = strategy.Propose(history, pending, 2);

        var taken = history.Select(o => Key(o.Parameters)).Concat(pending.Select(Key)).ToHashSet();
        Assert.Equal(3, pending.Select(Key).Distinct().Count());
        Assert.DoesNotContain(proposals, p => taken.Contains(Key(p)));
        Assert.NotEqual(Key(proposals[0]), Key(proposals[1]));
    }

    [Theory]
    [InlineData(MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement)]
    [InlineData(MultiObjectiveAcquisition.Parego)]
    public void Same_seed_gives_the_same_proposals(MultiObjectiveAcquisition acquisition)
    {
        var first = Run(Strategy(acquisition, 7), 9, new BraninCurrin().Evaluate);
        var second = Run(Strategy(acquisition, 7), 9, new BraninCurrin().Evaluate);

        Assert.Equal(first.Select(o => Key(o.Parameters)), second.Select(o => Key(o.Parameters)));
    }

    [Fact]
    public void Nehvi_improves_the_hypervolume_of_its_initial_design()
    {
        var strategy = Strategy(MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, 1);
        var history = Run(strategy, 16, new BraninCurrin().Evaluate);

        double Volume(IEnumerable<Observation> observations) => Optimizer.Core.MultiObjective.Hypervolume.Compute(
            observations.Select(o => new[] { -o.Values["f1"], -o.Values["f2"] }).ToList(), [-18.0, -6.0]);
        Assert.True(Volume(history) > Volume(history.Take(6)) + 5, $"{Volume(history.Take(6))} -> {Volume(history)}");
        Assert.NotNull(strategy.ReferencePoint);
    }

    [Theory]
    [InlineData(MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, false, false)]
    [InlineData(MultiObjectiveAcquisition.Parego, true, false)]
    [InlineData(MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, false, true)]
    [InlineData(MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, true, true)]
    public void All_infeasible_history_still_proposes_and_moves_toward_feasibility(MultiObjectiveAcquisition acquisition, bool closedForm, bool sampledFeasibility)
    {
        // Feasible only where x1 + x2 <= 0.3, a corner the initial design misses.
        OutcomeConstraint[] constraints = [new("sum", null, 0.3)];
        var closedForms = closedForm
            ? new ClosedFormMetrics(new Dictionary<string, Func<Assignment, double>> { ["sum"] = p => p["x1"].Number + p["x2"].Number })
            : null;
        var strategy = Strategy(acquisition, 2, constraints, closedForms, sampledFeasibility);
        var design = new SobolStrategy(new BraninCurrin().Space, 2).Propose([], [], 12)
            .Where(p => p["x1"].Number + p["x2"].Number > 0.6).Take(6).ToList();
        // Observations carry every metric, closed forms included, as the store holds them.
        var history = design.Select(p => new Observation(p, WithSum(p))).ToList();

        var proposal = strategy.Propose(history, [], 1)[0];

        var lowest = history.Min(o => o.Parameters["x1"].Number + o.Parameters["x2"].Number);
        Assert.True(proposal["x1"].Number + proposal["x2"].Number < lowest, $"proposal sum {proposal["x1"].Number + proposal["x2"].Number}, lowest observed {lowest}");
    }

    [Fact]
    public void Closed_form_metrics_are_filled_into_values_that_lack_them_and_leave_reported_ones()
    {
        var metrics = new ClosedFormMetrics(new Dictionary<string, Func<Assignment, double>> { ["luts"] = p => 2 * p["x1"].Number });
        var parameters = new Dictionary<string, ParameterValue> { ["x1"] = ParameterValue.Of(3) };

        var filled = metrics.Fill(parameters, new Dictionary<string, double> { ["auc"] = 0.9 });
        var reported = metrics.Fill(parameters, new Dictionary<string, double> { ["auc"] = 0.9, ["luts"] = 5 });

        Assert.Equal(6.0, filled["luts"]);
        Assert.Equal(0.9, filled["auc"]);
        Assert.Equal(5.0, reported["luts"]);
    }

    [Fact]
    public void Single_objective_gp_with_an_all_infeasible_history_moves_toward_feasibility()
    {
        var space = new BraninCurrin().Space;
        var strategy = new GaussianProcessStrategy(space, new Objective("f1", ObjectiveDirection.Minimize), [new OutcomeConstraint("sum", null, 0.3)], ClosedFormMetrics.None,
            new GaussianProcessOptions { InitialTrials = 6, Optimizer = Quick }, 5);
        var history = new SobolStrategy(space, 5).Propose([], [], 12)
            .Where(p => p["x1"].Number + p["x2"].Number > 0.6).Take(6).Select(p => new Observation(p, WithSum(p))).ToList();

        var proposal = strategy.Propose(history, [], 1)[0];

        Assert.True(proposal["x1"].Number + proposal["x2"].Number < history.Min(o => o.Parameters["x1"].Number + o.Parameters["x2"].Number));
    }
}

public sealed class ChebyshevScalarizationTests
{
    [Fact]
    public void Random_weights_lie_on_the_simplex()
    {
        var random = new Random(1);
        for (var k = 0; k < 100; k++)
        {
            var w = ChebyshevScalarization.RandomWeights(4, random);
            Assert.All(w, v => Assert.True(v >= 0));
            Assert.Equal(1.0, w.Sum(), 12);
        }
    }

    [Fact]
    public void Scalarization_is_monotone_in_every_objective_and_respects_dominance()
    {
        double[] w = [0.3, 0.7];
        var low = ChebyshevScalarization.Apply([0.2, 0.4], w);

        Assert.True(ChebyshevScalarization.Apply([0.3, 0.4], w) > low);
        Assert.True(ChebyshevScalarization.Apply([0.2, 0.5], w) > low);
        Assert.Equal(Math.Min(0.3 * 0.2, 0.7 * 0.4) + ChebyshevScalarization.Rho * (0.3 * 0.2 + 0.7 * 0.4), low, 12);
    }

    [Fact]
    public void Normalization_maps_each_objective_onto_the_unit_interval()
    {
        var normalized = ChebyshevScalarization.Normalize([[1.0, 10.0], [3.0, 30.0], [2.0, 20.0]]);

        Assert.Equal([0.0, 0.0], normalized[0]);
        Assert.Equal([1.0, 1.0], normalized[1]);
        Assert.Equal([0.5, 0.5], normalized[2]);
    }

    [Fact]
    public void Normalization_maps_a_column_wider_than_the_largest_double_onto_the_unit_interval()
    {
        var normalized = ChebyshevScalarization.Normalize([[-1e308], [1e308], [0.0], [5e307]]);

        Assert.Equal([0.0, 1.0, 0.5, 0.75], normalized.Select(v => v[0]));
    }
}
