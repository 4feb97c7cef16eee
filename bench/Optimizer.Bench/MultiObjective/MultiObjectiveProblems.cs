using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;

namespace Optimizer.Bench.MultiObjective;

/// <summary>A multi-objective benchmark: the problem, its constraints, the reference point (minimized, as in BoTorch) and the largest attainable hypervolume.</summary>
public sealed record MultiObjectiveProblem(IProblem Problem, IReadOnlyList<OutcomeConstraint> Constraints, double[] Reference, double MaxHypervolume);

/// <summary>The multi-objective problems of the public suite (section 3 of its problems.md), by name, then extra ones.</summary>
public static class MultiObjectiveProblems
{
    private static readonly Dictionary<string, Func<MultiObjectiveProblem>> Factories = new()
    {
        // Reference points and maximum hypervolumes as BoTorch 0.11.3 stores them (botorch/test_functions/multi_objective.py);
        // srn's reference point is the suite's (BoTorch's (0, 0) gives 0 everywhere), its maximum estimated on a dense grid.
        ["branin_currin"] = () => new(new BraninCurrin(), [], [18, 6], 59.36011874867746),
        ["zdt2"] = () => new(new Zdt2(4), [], [11, 11], 120 + 1.0 / 3),
        ["vehicle_safety"] = () => new(new VehicleSafety(), [], [1864.72022, 11.81993945, 0.2903999384], 246.81607081187002),
        ["c2dtlz2"] = () => new(new C2Dtlz2(), new C2Dtlz2().Constraints, [1.1, 1.1], 0.3996406303723544),
        ["srn"] = () => new(new Srn(), new Srn().Constraints, [40, 10], 1188.9),
        ["zdt1"] = () => new(new Zdt1(6), [], [11, 11], 121 - 1.0 / 3),
    };

    /// <summary>The multi-objective problems of the public suite, in its order.</summary>
    public static IReadOnlyList<string> Suite { get; } = ["branin_currin", "zdt2", "vehicle_safety", "c2dtlz2", "srn"];

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static MultiObjectiveProblem Create(string name) =>
        Factories.TryGetValue(name, out var factory) ? factory() : throw new BenchUsageException($"unknown problem '{name}'; known: {string.Join(", ", Names)}");

    /// <summary>
    /// Hypervolume (minimized objectives) of the feasible evaluations among <paramref name="values"/>; points not strictly
    /// better than the reference point in every objective contribute nothing.
    /// </summary>
    public static double Hypervolume(MultiObjectiveProblem problem, IEnumerable<IReadOnlyDictionary<string, double>> values)
    {
        var objectives = problem.Problem.Objectives;
        var points = values.Where(v => Feasibility.IsFeasible(v, problem.Constraints))
            .Where(v => objectives.Select((o, i) => v[o.Name] < problem.Reference[i]).All(better => better))
            .Select(v => objectives.Select(o => o.ToMaximization(v[o.Name])).ToArray()).ToList();
        return Optimizer.Core.MultiObjective.Hypervolume.Compute(points, ReferencePoint.ToMaximization(problem.Reference, objectives));
    }
}
