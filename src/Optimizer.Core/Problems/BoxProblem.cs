using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Problems;

/// <summary>
/// A deterministic function of a real vector x = (x1, ..., xd) on a box, minimized in every objective.
/// Parameters are named <c>x1</c>..<c>xd</c>; objectives <c>f</c> (one) or <c>f1</c>, <c>f2</c>, ... (several); constraint
/// slacks <c>c1</c>, <c>c2</c>, ... (feasible where every slack is at least 0).
/// </summary>
public abstract class BoxProblem : IConstrainedProblem
{
    private readonly string[] _parameterNames;

    /// <summary>
    /// A box [<paramref name="low"/>_i, <paramref name="high"/>_i] with <paramref name="objectiveCount"/> minimized objectives
    /// and <paramref name="constraintCount"/> slack constraints.
    /// </summary>
    protected BoxProblem(string name, IReadOnlyList<double> low, IReadOnlyList<double> high, int objectiveCount, int constraintCount = 0)
    {
        if (low.Count != high.Count)
            throw new ArgumentException($"{low.Count} lower bounds for {high.Count} upper bounds", nameof(high));
        Name = name;
        _parameterNames = Enumerable.Range(1, low.Count).Select(i => $"x{i}").ToArray();
        Space = new SearchSpace(_parameterNames.Select((p, i) => new FloatParameter(p, low[i], high[i])));
        Objectives = objectiveCount == 1
            ? [new Objective("f", ObjectiveDirection.Minimize)]
            : Enumerable.Range(1, objectiveCount).Select(i => new Objective($"f{i}", ObjectiveDirection.Minimize)).ToArray();
        Constraints = Enumerable.Range(1, constraintCount).Select(i => new OutcomeConstraint($"c{i}", 0, null)).ToArray();
    }

    public string Name { get; }

    public SearchSpace Space { get; }

    public IReadOnlyList<Objective> Objectives { get; }

    public IReadOnlyList<OutcomeConstraint> Constraints { get; }

    public virtual KnownOptimum? Optimum => null;

    public IReadOnlyDictionary<string, double> Evaluate(Assignment point)
    {
        var x = new double[_parameterNames.Length];
        for (var i = 0; i < x.Length; i++)
        {
            if (!point.TryGetValue(_parameterNames[i], out var value))
                throw new SearchSpaceException(_parameterNames[i], "missing value");
            x[i] = value.Number;
        }
        var values = Compute(x);
        var metrics = new Dictionary<string, double>(values.Length);
        for (var i = 0; i < Objectives.Count; i++)
            metrics[Objectives[i].Name] = values[i];
        for (var i = 0; i < Constraints.Count; i++)
            metrics[Constraints[i].Name] = values[Objectives.Count + i];
        return metrics;
    }

    /// <summary>The objective values at <paramref name="x"/> (length d), one per objective, in order, then the constraint slacks.</summary>
    protected abstract double[] Compute(ReadOnlySpan<double> x);

    /// <summary>A single-objective optimum attained at the given points (each of length d).</summary>
    protected KnownOptimum OptimumAt(double value, params double[][] locations) =>
        new(value, locations.Select(AssignmentOf).ToArray());

    private Assignment AssignmentOf(double[] x) =>
        _parameterNames.Select((p, i) => (p, x[i])).ToDictionary(t => t.p, t => ParameterValue.Of(t.Item2));
}
