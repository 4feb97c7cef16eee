using Optimizer.Core.Space;

namespace Optimizer.Core.Expressions;

/// <summary>
/// A metric given as a closed form of the parameters, e.g. <c>8.03 * n_trees + 14 * n_trees * (2^max_depth - 1)</c>:
/// numbers, parameter names, + - * / ^ (right-associative, binding tighter than unary minus), parentheses and the
/// functions log, log2, exp, sqrt, ceil, floor, round, min and max. Parsed once; evaluation is pure.
/// </summary>
public sealed class MetricExpression
{
    private readonly Func<Assignment, double> _evaluate;

    private MetricExpression(string text, Func<Assignment, double> evaluate, IReadOnlySet<string> parameters)
    {
        Text = text;
        _evaluate = evaluate;
        Parameters = parameters;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>The parameter names the expression reads.</summary>
    public IReadOnlySet<string> Parameters { get; }

    /// <summary>
    /// Parses <paramref name="text"/>; every name must be one of <paramref name="parameterNames"/> (numeric parameters).
    /// Throws <see cref="ExpressionException"/> with the 0-based position of the first problem.
    /// </summary>
    public static MetricExpression Parse(string text, IReadOnlySet<string> parameterNames)
    {
        var parser = new ExpressionParser(text, parameterNames);
        var evaluate = parser.ParseAll();
        return new MetricExpression(text, evaluate, parser.NamesRead);
    }

    /// <summary>The value at <paramref name="point"/>, which must hold every parameter the expression reads.</summary>
    public double Evaluate(Assignment point) => _evaluate(point);

    public override string ToString() => Text;
}
