using Optimizer.Core.MultiObjective;
using Optimizer.Core.Problems;
using Optimizer.Core.Studies;

namespace Optimizer.Bench.MultiObjective;

/// <summary>A multi-objective benchmark: the problem, its constraints, the reference point (minimized, as in BoTorch) and the largest attainable hypervolume.</summary>
public sealed record MultiObjectiveProblem(IProblem Problem, IReadOnlyList<OutcomeConstraint> Constraints, double[] Reference, double MaxHypervolume);

/// <summary>The multi-objective problems the bench knows, by name.</summary>
public static class MultiObjectiveProblems
{
    private static readonly Dictionary<string, Func<MultiObjectiveProblem>> Factories = new()
    {
        // BoTorch's BraninCurrin: ref_point [18, 6], max_hv 59.36011874867746 (botorch/test_functions/multi_objective.py).
        ["branin-currin"] = () => new(new BraninCurrin(), [], [18, 6], 59.36011874867746),
        // ZDT1/ZDT2, ref [11, 11]: 121 minus the area below the front, 1/3 for f2 = 1 - sqrt(f1) and 2/3 for f2 = 1 - f1^2
        // (Zitzler, Deb and Thiele 2000; BoTorch's max_hv 120.666... and 120.333...).
        ["zdt1"] = () => new(new Zdt1(6), [], [11, 11], 121 - 1.0 / 3),
        ["zdt2"] = () => new(new Zdt2(6), [], [11, 11], 121 - 2.0 / 3),
        ["srn"] = () => new(new Srn(), Srn.Constraints, [300, 0], SrnMaxHypervolume()),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static MultiObjectiveProblem Create(string name) =>
        Factories.TryGetValue(name, out var factory) ? factory() : throw new BenchUsageException($"unknown problem '{name}'; known: {string.Join(", ", Names)}");

    /// <summary>Hypervolume (minimized objectives) of the feasible evaluations among <paramref name="values"/>.</summary>
    public static double Hypervolume(MultiObjectiveProblem problem, IEnumerable<IReadOnlyDictionary<string, double>> values)
    {
        var objectives = problem.Problem.Objectives;
        var points = values.Where(v => Feasibility.IsFeasible(v, problem.Constraints))
            .Select(v => objectives.Select(o => o.ToMaximization(v[o.Name])).ToArray()).ToList();
        return Optimizer.Core.MultiObjective.Hypervolume.Compute(points, ReferencePoint.ToMaximization(problem.Reference, objectives));
    }

    // SRN's front (Deb 2001, sec. 14.1): x1 = -2.5, x2 from -sqrt(225 - 6.25) (c1 active) to 2.5 (c2 active), 20 001 points.
    private static double SrnMaxHypervolume()
    {
        var low = -Math.Sqrt(225 - 6.25);
        var front = Enumerable.Range(0, 20001).Select(k => Srn.Values(-2.5, low + (2.5 - low) * k / 20000.0));
        return Hypervolume(new MultiObjectiveProblem(new Srn(), [], [300, 0], 0), front);
    }
}
