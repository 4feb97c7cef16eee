using Optimizer.Core.Acquisition;
using Optimizer.Core.Optimization;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

/// <summary>
/// Finite metric values of any size, up to the largest double: a history scaled by a power of two that takes its largest
/// magnitude near 1.5e308 gets exactly the proposals of the unscaled history (scaling by 2^k is exact, and the model
/// standardizes it away), and a history mixing ordinary values with ±1e308 still gets points its model chose.
/// </summary>
public sealed class HugeValueTests
{
    private static readonly AcquisitionOptimizerOptions Quick = new(RawSamples: 128, Restarts: 2, MaxIterations: 15);

    private static readonly GaussianProcessOptions Fast = new() { InitialTrials = 6, Optimizer = Quick };

    private static readonly BraninCurrin Problem = new();

    private static readonly Objective Loss = new("f1", ObjectiveDirection.Minimize);

    // 2^k that takes the largest |value| into [2^1023, 2^1024), i.e. [9.0e307, 1.8e308).
    private static double NearLargest(IEnumerable<double> values) => Math.ScaleB(1.0, 1023 - Math.ILogB(values.Max(Math.Abs)));

    private static List<Observation> Design(int seed, int n) =>
        new SobolStrategy(Problem.Space, seed).Propose([], [], n).Select(p => new Observation(p, WithSum(p))).ToList();

    private static IReadOnlyDictionary<string, double> WithSum(Assignment point) =>
        new Dictionary<string, double>(Problem.Evaluate(point)) { ["sum"] = point["x1"].Number + point["x2"].Number };

    // Each named metric multiplied by its factor; the others kept.
    private static List<Observation> Scaled(List<Observation> history, IReadOnlyDictionary<string, double> factors) =>
        history.Select(o => o with { Values = o.Values.ToDictionary(v => v.Key, v => factors.TryGetValue(v.Key, out var f) ? v.Value * f : v.Value) }).ToList();

    private static double Factor(List<Observation> history, string metric, double sign = 1.0) => sign * NearLargest(history.Select(o => o.Values[metric]));

    private static string Key(Assignment p) => $"{p["x1"]}/{p["x2"]}";

    [Theory]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    public void A_single_objective_scaled_near_the_largest_double_gets_the_proposals_of_the_unscaled_one(double sign)
    {
        var history = Design(3, 8);
        var pending = new SobolStrategy(Problem.Space, 4).Propose([], [], 2);
        // Maximizing -f times 2^k is minimizing f.
        var objective = sign > 0 ? Loss : new Objective("f1", ObjectiveDirection.Maximize);
        var scaled = Scaled(history, new Dictionary<string, double> { ["f1"] = Factor(history, "f1", sign) });

        var expected = new GaussianProcessStrategy(Problem.Space, Loss, Fast, 5).Propose(history, pending, 2);
        var proposals = new GaussianProcessStrategy(Problem.Space, objective, Fast, 5).Propose(scaled, pending, 2);

        Assert.Equal(expected.Select(Key), proposals.Select(Key));
    }

    [Fact]
    public void Every_value_equal_near_the_largest_double_gets_the_proposal_of_equal_ordinary_values()
    {
        static List<Observation> Flat(List<Observation> design, double value) =>
            design.Select(o => o with { Values = new Dictionary<string, double> { ["f1"] = value } }).ToList();
        var design = Design(6, 7);

        var expected = new GaussianProcessStrategy(Problem.Space, Loss, Fast, 2).Propose(Flat(design, -1.5), [], 1);
        var proposal = new GaussianProcessStrategy(Problem.Space, Loss, Fast, 2).Propose(Flat(design, Math.ScaleB(-1.5, 1023)), [], 1);

        Assert.Equal(expected.Select(Key), proposal.Select(Key));
    }

    [Theory]
    [InlineData(1e308, -1e308)]
    [InlineData(1.5e308, 1.5e308)]
    [InlineData(-1.7e308, 3.0)]
    public void Ordinary_values_mixed_with_huge_ones_get_a_modelled_point_inside_the_space(double first, double second)
    {
        var history = Design(1, 8);
        history[2] = history[2] with { Values = new Dictionary<string, double> { ["f1"] = first } };
        history[5] = history[5] with { Values = new Dictionary<string, double> { ["f1"] = second } };
        var parts = GaussianProcessParts.From(Problem.Space, Loss, Fast, 9);
        var generator = new RecordingGenerator(parts.Generator);
        var strategy = new GaussianProcessStrategy(Problem.Space, Loss, [], ClosedFormMetrics.None, Fast, parts with { Generator = generator }, 9);

        var flat = history.Select(o => o with { Values = new Dictionary<string, double> { ["f1"] = 0.0 } }).ToList();

        var proposals = strategy.Propose(history, [], 2);

        // The model saw the values: a history it flattened (an infinite scale) would get the flat history's points.
        Assert.NotEqual(new GaussianProcessStrategy(Problem.Space, Loss, Fast, 9).Propose(flat, [], 2).Select(Key), proposals.Select(Key));
        Assert.Equal(2, generator.Points.Count);
        Assert.All(generator.Points, Assert.NotNull);
        Assert.Equal(generator.Points.Select(x => Key(Problem.Space.Decode(x!))), proposals.Select(Key));
        Assert.All(proposals, p => Assert.True(p.Values.All(v => double.IsFinite(v.Number) && v.Number is >= 0 and <= 1), Key(p)));
    }

    [Fact]
    public void A_constraint_scaled_near_the_largest_double_with_its_bound_gets_the_proposal_of_the_unscaled_one()
    {
        var history = Design(2, 8);
        var factor = Factor(history, "sum");
        var scaled = Scaled(history, new Dictionary<string, double> { ["sum"] = factor, ["f1"] = Factor(history, "f1") });
        GaussianProcessStrategy Constrained(double bound) =>
            new(Problem.Space, Loss, [new OutcomeConstraint("sum", null, bound)], ClosedFormMetrics.None, Fast, 4);

        var expected = Constrained(0.8).Propose(history, [], 1);
        var proposal = Constrained(0.8 * factor).Propose(scaled, [], 1);

        Assert.Equal(expected.Select(Key), proposal.Select(Key));
    }

    [Theory]
    [InlineData(MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, false)]
    [InlineData(MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, true)]
    [InlineData(MultiObjectiveAcquisition.Parego, false)]
    public void Objectives_scaled_near_the_largest_double_get_the_multi_objective_proposals_of_the_unscaled_ones(MultiObjectiveAcquisition acquisition, bool closedFormConstraint)
    {
        var history = Design(5, 9);
        var pending = new SobolStrategy(Problem.Space, 8).Propose([], [], 1);
        var sumFactor = Factor(history, "sum");
        var scaled = Scaled(history, new Dictionary<string, double> { ["f1"] = Factor(history, "f1"), ["f2"] = Factor(history, "f2"), ["sum"] = sumFactor });
        MultiObjectiveGpStrategy Strategy(double factor)
        {
            var sum = new ClosedFormMetrics(new Dictionary<string, Func<Assignment, double>> { ["sum"] = p => (p["x1"].Number + p["x2"].Number) * factor });
            var options = new MultiObjectiveOptions(acquisition, ClosedForms: sum) { InitialTrials = 6, Worlds = 8, Optimizer = Quick };
            return new(Problem.Space, Problem.Objectives, closedFormConstraint ? [new OutcomeConstraint("sum", null, 1.2 * factor)] : [], options, 6);
        }

        var expected = Strategy(1.0).Propose(history, pending, 2);
        var proposals = Strategy(sumFactor).Propose(scaled, pending, 2);

        Assert.Equal(expected.Select(Key), proposals.Select(Key));
    }

    [Theory]
    [InlineData(MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement)]
    [InlineData(MultiObjectiveAcquisition.Parego)]
    public void Multi_objective_values_spanning_minus_to_plus_1e308_get_points_inside_the_space(MultiObjectiveAcquisition acquisition)
    {
        var history = Design(7, 9);
        history[1] = history[1] with { Values = new Dictionary<string, double> { ["f1"] = 1e308, ["f2"] = -1e308 } };
        history[4] = history[4] with { Values = new Dictionary<string, double> { ["f1"] = -1.7e308, ["f2"] = 1.7e308 } };
        var strategy = new MultiObjectiveGpStrategy(Problem.Space, Problem.Objectives, [],
            new MultiObjectiveOptions(acquisition) { InitialTrials = 6, Worlds = 8, Optimizer = Quick }, 3);

        var proposals = strategy.Propose(history, [], 2);

        Assert.All(strategy.ReferencePoint!, r => Assert.True(double.IsFinite(r), $"reference {r}"));
        Assert.All(proposals, p => Assert.True(p.Values.All(v => double.IsFinite(v.Number) && v.Number is >= 0 and <= 1), Key(p)));
        Assert.Equal(2, proposals.Select(Key).Distinct().Count());
    }

    // The points the real generator returned, in order.
    private sealed class RecordingGenerator(ICandidateGenerator inner) : ICandidateGenerator
    {
        public List<double[]?> Points { get; } = [];

        public double[]? Generate(CandidateRequest request)
        {
            var point = inner.Generate(request);
            Points.Add(point);
            return point;
        }
    }
}
