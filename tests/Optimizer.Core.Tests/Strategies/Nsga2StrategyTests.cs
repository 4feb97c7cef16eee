using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Xunit.Abstractions;

namespace Optimizer.Core.Tests.Strategies;

public sealed class Nsga2StrategyTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<Observation> NoHistory = [];
    private static readonly IReadOnlyList<Assignment> NoPending = [];

    private static double ZdtHypervolume(IProblem problem, IReadOnlyList<Observation> history)
    {
        var reference = ReferencePoint.ToMaximization([11.0, 11.0], problem.Objectives);
        var points = history.Select(o => ObjectiveVector.TryToMaximization(o.Values, problem.Objectives, out var v) ? v : throw new InvalidOperationException()).ToList();
        return Hypervolume.Compute(points, reference);
    }

    [Fact]
    public void Nsga2_on_zdt1_beats_sobol_hypervolume_with_200_evaluations()
    {
        var problem = new Zdt1(6);
        var seeds = new[] { 1, 2, 3, 4, 5 };

        var nsga2 = seeds.Select(s => ZdtHypervolume(problem,
            new AsynchronousStudy(new Nsga2Strategy(problem.Space, problem.Objectives, [], s), problem, workers: 4).Run(200).History)).ToArray();
        var sobol = seeds.Select(s => ZdtHypervolume(problem,
            new AsynchronousStudy(new SobolStrategy(problem.Space, s), problem, workers: 4).Run(200).History)).ToArray();

        output.WriteLine($"NSGA-II: {string.Join(", ", nsga2.Select(v => v.ToString("F3")))}");
        output.WriteLine($"Sobol:   {string.Join(", ", sobol.Select(v => v.ToString("F3")))}");
        // Measured: NSGA-II 109.0 to 119.2 (median 115.6), Sobol 103.2 to 109.3 (median 106.1); the optimum is 121 - 1/3.
        Assert.True(Median(nsga2) > Median(sobol) + 5, $"median NSGA-II {Median(nsga2):F3} vs Sobol {Median(sobol):F3}");
        Assert.True(nsga2.Zip(sobol).Count(pair => pair.First > pair.Second) >= 4, "NSGA-II should win on at least 4 of 5 seeds");
    }

    private static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);

    [Fact]
    public void Proposals_stay_inside_bounds_and_never_repeat_a_finished_or_pending_point()
    {
        var problem = new Zdt1(6);
        var study = new AsynchronousStudy(new Nsga2Strategy(problem.Space, problem.Objectives, [], seed: 9), problem, workers: 8).Run(120);

        var comparer = new AssignmentComparer();
        Assert.All(study.Proposals, p =>
        {
            Assert.All(p.Proposal.Values, v => Assert.InRange(v.Number, 0.0, 1.0));
            Assert.DoesNotContain(p.Proposal, p.Pending, comparer);
        });
        Assert.Equal(120, study.History.Select(o => o.Parameters).Distinct(comparer).Count());
    }

    [Fact]
    public void Batch_in_a_small_discrete_space_avoids_every_finished_pending_and_batch_point()
    {
        var space = new SearchSpace([new IntParameter("a", 0, 9), new IntParameter("b", 0, 9), new CategoricalParameter("c", ["x", "y"])]);
        Objective[] objectives = [new("f1", ObjectiveDirection.Minimize), new("f2", ObjectiveDirection.Maximize)];
        var strategy = new Nsga2Strategy(space, objectives, [], seed: 4, populationSize: 10);
        var design = strategy.Propose(NoHistory, NoPending, 60);
        var history = design.Take(40)
            .Select(p => new Observation(p, new Dictionary<string, double> { ["f1"] = p["a"].Number, ["f2"] = p["b"].Number + (p["c"].Choice == "x" ? 1 : 0) }))
            .ToArray();
        var pending = design.Skip(40).ToArray();

        var batch = strategy.Propose(history, pending, 30);

        var comparer = new AssignmentComparer();
        Assert.Equal(30, batch.Distinct(comparer).Count());
        Assert.All(batch, p => Assert.DoesNotContain(p, design, comparer));
        Assert.All(batch, p => space.Encode(p));
    }

    [Fact]
    public void An_exhausted_discrete_space_repeats_assignments_instead_of_failing()
    {
        var space = new SearchSpace([new CategoricalParameter("c", ["x", "y"])]);
        var strategy = new Nsga2Strategy(space, [new Objective("f", ObjectiveDirection.Maximize)], [], seed: 2, populationSize: 2);
        var history = strategy.Propose(NoHistory, NoPending, 2)
            .Select(p => new Observation(p, new Dictionary<string, double> { ["f"] = p["c"].Choice == "x" ? 1 : 0 }))
            .ToArray();

        var more = strategy.Propose(history, NoPending, 3);

        Assert.Equal(3, more.Count);
        Assert.All(more, p => space.Encode(p));
    }

    [Fact]
    public void First_population_is_the_sobol_design_and_proposals_are_deterministic()
    {
        var problem = new Zdt1(6);
        var strategy = new Nsga2Strategy(problem.Space, problem.Objectives, [], seed: 3);
        var comparer = new AssignmentComparer();

        var design = strategy.Propose(NoHistory, NoPending, strategy.PopulationSize);
        var history = design.Select(p => new Observation(p, problem.Evaluate(p))).ToArray();
        var again = new Nsga2Strategy(problem.Space, problem.Objectives, [], seed: 3).Propose(history, NoPending, 5);
        var once = strategy.Propose(history, NoPending, 5);

        Assert.Equal(24, strategy.PopulationSize);
        Assert.Equal(new SobolStrategy(problem.Space, seed: 3).Propose(NoHistory, NoPending, 24), design, comparer);
        Assert.Equal(once, again, comparer);
        Assert.NotEqual(once, strategy.Propose(history, NoPending, 6).Take(5), comparer);
    }

    [Fact]
    public void Constraint_domination_keeps_feasible_before_infeasible_and_smaller_violation_first()
    {
        double[][] inputs = [[0.1], [0.2], [0.3]];
        double[][] objectives = [[0.0, 0.0], [9.0, 9.0], [8.0, 8.0]];
        double[] violations = [0.0, 2.0, 1.0];

        var one = new Nsga2Population(inputs, objectives, violations, size: 1);
        var infeasibleOnly = new Nsga2Population(inputs[1..], objectives[1..], violations[1..], size: 2);

        var random = new Random(1);
        Assert.Equal(1, one.Count);
        Assert.Equal([0.1], one.Tournament(random));
        Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal([0.3], infeasibleOnly.Tournament(random)));
    }

    [Fact]
    public void An_observation_without_every_objective_is_rejected()
    {
        var problem = new Zdt1(2);
        var strategy = new Nsga2Strategy(problem.Space, problem.Objectives, [], seed: 1, populationSize: 2);
        var points = strategy.Propose(NoHistory, NoPending, 2);
        Observation[] history = [new(points[0], problem.Evaluate(points[0])), new(points[1], new Dictionary<string, double> { ["f1"] = 1 })];

        Assert.Throws<ArgumentException>(() => strategy.Propose(history, NoPending, 1));
    }
}
