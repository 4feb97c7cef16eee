using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Bench.MultiObjective;

/// <summary>
/// SRN (N. Srinivas and K. Deb, "Multiobjective optimization using nondominated sorting in genetic algorithms",
/// Evolutionary Computation 2, 1994; K. Deb, "Multi-Objective Optimization using Evolutionary Algorithms", 2001, sec. 14.1):
/// minimize f1 = 2 + (x1 - 2)^2 + (x2 - 1)^2 and f2 = 9 x1 - (x2 - 1)^2 on [-20, 20]^2 subject to
/// c1 = x1^2 + x2^2 &lt;= 225 and c2 = x1 - 3 x2 + 10 &lt;= 0. The Pareto front is x1 = -2.5, x2 in [-14.79, 2.5].
/// </summary>
public sealed class Srn : IProblem
{
    public string Name => "srn";

    public SearchSpace Space { get; } = new([new FloatParameter("x1", -20, 20), new FloatParameter("x2", -20, 20)]);

    public IReadOnlyList<Objective> Objectives { get; } =
        [new Objective("f1", ObjectiveDirection.Minimize), new Objective("f2", ObjectiveDirection.Minimize)];

    public static IReadOnlyList<OutcomeConstraint> Constraints { get; } =
        [new OutcomeConstraint("c1", null, 225), new OutcomeConstraint("c2", null, 0)];

    public KnownOptimum? Optimum => null;

    public IReadOnlyDictionary<string, double> Evaluate(IReadOnlyDictionary<string, ParameterValue> point) =>
        Values(point["x1"].Number, point["x2"].Number);

    /// <summary>Objectives and constraint metrics at (x1, x2).</summary>
    public static Dictionary<string, double> Values(double x1, double x2) => new()
    {
        ["f1"] = 2 + (x1 - 2) * (x1 - 2) + (x2 - 1) * (x2 - 1),
        ["f2"] = 9 * x1 - (x2 - 1) * (x2 - 1),
        ["c1"] = x1 * x1 + x2 * x2,
        ["c2"] = x1 - 3 * x2 + 10,
    };
}
