using Optimizer.Core.Expressions;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// Metrics that are known functions of the parameters (an FPGA resource estimate, say), by name: a strategy computes them
/// exactly instead of modelling them. They are filled into a trial's values once, where its result is stored (the
/// coordinator, the ask/tell service), so every reader of the store, strategies included, finds them there.
/// </summary>
public sealed class ClosedFormMetrics
{
    private readonly Dictionary<string, Func<Assignment, double>> _functions;

    /// <param name="functions">metric name to its value at a complete assignment of the parameters.</param>
    public ClosedFormMetrics(IReadOnlyDictionary<string, Func<Assignment, double>> functions) =>
        _functions = new(functions, StringComparer.Ordinal);

    /// <summary>No closed-form metric.</summary>
    public static ClosedFormMetrics None { get; } = new(new Dictionary<string, Func<Assignment, double>>());

    /// <summary>The study file's <c>expression</c> fields as closed-form metrics.</summary>
    public static ClosedFormMetrics Of(IReadOnlyDictionary<string, MetricExpression> expressions) =>
        new(expressions.ToDictionary(e => e.Key, e => (Func<Assignment, double>)e.Value.Evaluate));

    public IEnumerable<string> Names => _functions.Keys;

    public bool TryGet(string name, out Func<Assignment, double> function) =>
        _functions.TryGetValue(name, out function!);

    /// <summary><paramref name="values"/> with every closed-form metric it lacks computed at <paramref name="parameters"/>.</summary>
    public IReadOnlyDictionary<string, double> Fill(Assignment parameters, IReadOnlyDictionary<string, double> values)
    {
        if (_functions.Keys.All(values.ContainsKey)) return values;
        var filled = new Dictionary<string, double>(values, StringComparer.Ordinal);
        foreach (var (name, function) in _functions)
            filled.TryAdd(name, function(parameters));
        return filled;
    }
}
