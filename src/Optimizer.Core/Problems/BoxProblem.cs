using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Problems;

/// <summary>
/// A deterministic function of a real vector x = (x1, ..., xd) on a box, minimized in every objective.
/// Parameters are named <c>x1</c>..<c>xd</c>; objectives <c>f</c> (one) or <c>f1</c>, <c>f2</c>, ... (several).
/// </summary>
public abstract class BoxProblem : IProblem
{
    private readonly string[] _parameterNames;

    /// <summary>A box [<paramref name="low"/>_i, <paramref name="high"/>_i] with <paramref name="objectiveCount"/> minimized objectives.</summary>
    protected BoxProblem(string name, IReadOnlyList<double> low, IReadOnlyList<double> high, int objectiveCount)
    {
        if (low.Count != high.Count)
            throw new ArgumentException($"{low.Count} lower bounds for {high.Count} upper bounds", nameof(high));
        Name = name;
        _parameterNames = Enumerable.Range(1, low.Count).Select(i => $"x{i}").ToArray();
        Space = new SearchSpace(_parameterNames.Select((p, i) => new FloatParameter(p, low[i], high[i])));
        Objectives = objectiveCount == 1
            ? [new Objective("f", ObjectiveDirection.Minimize)]
            : Enumerable.Range(1, objectiveCount).Select(i => new Objective($"f{i}", ObjectiveDirection.Minimize)).ToArray();
    }

    public string Name { get; }

    public SearchSpace Space { get; }

    public IReadOnlyList<Objective> Objectives { get; }

    public virtual KnownOptimum? Optimum => null;

    public IReadOnlyDictionary<string, double> Evaluate(IReadOnlyDictionary<string, ParameterValue> point)
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
        for (var i = 0; i < values.Length; i++)
            metrics[Objectives[i].Name] = values[i];
        return metrics;
    }

    /// <summary>The objective values at <paramref name="x"/> (length d), one per objective, in order.</summary>
    protected abstract double[] Compute(ReadOnlySpan<double> x);

    /// <summary>A single-objective optimum attained at the given points (each of length d).</summary>
    protected KnownOptimum OptimumAt(double value, params double[][] locations) =>
        new(value, locations.Select(AssignmentOf).ToArray());

    private IReadOnlyDictionary<string, ParameterValue> AssignmentOf(double[] x) =>
        _parameterNames.Select((p, i) => (p, x[i])).ToDictionary(t => t.p, t => ParameterValue.Of(t.Item2));
}
