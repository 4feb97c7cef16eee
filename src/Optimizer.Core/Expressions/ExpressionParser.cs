using System.Globalization;
using Optimizer.Core.Space;

namespace Optimizer.Core.Expressions;

/// <summary>
/// Recursive-descent parser of <see cref="MetricExpression"/> text into a closure. Grammar:
/// sum := product (('+' | '-') product)*; product := unary (('*' | '/') unary)*; unary := ('-' | '+') unary | power;
/// power := primary ('^' unary)?; primary := number | name | name '(' sum (',' sum)* ')' | '(' sum ')'.
/// Length, nesting and number of operations are bounded, so neither parsing nor evaluation can exhaust the stack.
/// </summary>
internal sealed class ExpressionParser(string text, IReadOnlySet<string> parameterNames)
{
    /// <summary>The longest expression text, in characters.</summary>
    public const int MaxLength = 10_000;

    /// <summary>How deep parentheses, signs, powers and calls may nest.</summary>
    public const int MaxNesting = 100;

    /// <summary>The most operators and calls: each is a level of the evaluation's recursion at worst (a + b + c ... nests to the left).</summary>
    public const int MaxOperations = 1_000;

    private delegate double Node(Assignment point);

    private static readonly Dictionary<string, (int Arity, Func<double[], double> Apply)> Functions = new(StringComparer.Ordinal)
    {
        ["log"] = (1, a => Math.Log(a[0])),
        ["log2"] = (1, a => Math.Log2(a[0])),
        ["exp"] = (1, a => Math.Exp(a[0])),
        ["sqrt"] = (1, a => Math.Sqrt(a[0])),
        ["ceil"] = (1, a => Math.Ceiling(a[0])),
        ["floor"] = (1, a => Math.Floor(a[0])),
        ["round"] = (1, a => Math.Round(a[0], MidpointRounding.AwayFromZero)),
        ["min"] = (2, a => Math.Min(a[0], a[1])),
        ["max"] = (2, a => Math.Max(a[0], a[1])),
    };

    private readonly HashSet<string> _namesRead = new(StringComparer.Ordinal);
    private int _position;
    private int _nesting;
    private int _operations;

    public IReadOnlySet<string> NamesRead => _namesRead;

    public Func<Assignment, double> ParseAll()
    {
        if (text.Length > MaxLength)
            throw new ExpressionException(MaxLength, $"the expression is {text.Length} characters long; at most {MaxLength} are allowed");
        SkipSpace();
        if (_position == text.Length) throw new ExpressionException(0, "the expression is empty");
        var node = Sum();
        if (_position < text.Length) throw new ExpressionException(_position, $"unexpected '{text[_position]}'");
        return point => node(point);
    }

    private Node Sum()
    {
        var left = Product();
        while (Accept('+') is var plus && (plus || Accept('-')))
        {
            var (l, r) = (left, Product());
            CountOperation();
            left = plus ? p => l(p) + r(p) : p => l(p) - r(p);
        }
        return left;
    }

    private Node Product()
    {
        var left = Unary();
        while (Accept('*') is var times && (times || Accept('/')))
        {
            var (l, r) = (left, Unary());
            CountOperation();
            left = times ? p => l(p) * r(p) : p => l(p) / r(p);
        }
        return left;
    }

    // Every recursion of the grammar passes through here, so its depth bounds the parser's stack.
    private Node Unary()
    {
        if (++_nesting > MaxNesting)
            throw new ExpressionException(_position, $"the expression nests more than {MaxNesting} deep (parentheses, signs, powers and calls)");
        try
        {
            if (Accept('-'))
            {
                var operand = Unary();
                CountOperation();
                return p => -operand(p);
            }
            return Accept('+') ? Unary() : Power();
        }
        finally
        {
            _nesting--;
        }
    }

    private Node Power()
    {
        var b = Primary();
        if (!Accept('^')) return b;
        var e = Unary();
        CountOperation();
        return p => Math.Pow(b(p), e(p));
    }

    private Node Primary()
    {
        var start = _position;
        if (Accept('('))
        {
            var inner = Sum();
            Expect(')', start);
            return inner;
        }
        if (_position < text.Length && (char.IsDigit(text[_position]) || text[_position] == '.'))
            return Number();
        if (_position < text.Length && (char.IsLetter(text[_position]) || text[_position] == '_'))
            return NameOrCall();
        throw new ExpressionException(_position, _position < text.Length ? $"unexpected '{text[_position]}'" : "the expression ends too early");
    }

    private Node Number()
    {
        var start = _position;
        while (_position < text.Length && (char.IsDigit(text[_position]) || text[_position] == '.')) _position++;
        if (_position < text.Length && text[_position] is 'e' or 'E')
        {
            var mark = _position++;
            if (_position < text.Length && text[_position] is '+' or '-') _position++;
            if (_position < text.Length && char.IsDigit(text[_position]))
                while (_position < text.Length && char.IsDigit(text[_position])) _position++;
            else _position = mark;
        }
        var literal = text[start.._position];
        if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw new ExpressionException(start, $"'{literal}' is not a number");
        SkipSpace();
        return _ => value;
    }

    private Node NameOrCall()
    {
        var start = _position;
        while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] == '_')) _position++;
        var name = text[start.._position];
        SkipSpace();
        if (Accept('(')) return Call(name, start);
        if (!parameterNames.Contains(name))
            throw new ExpressionException(start, Functions.ContainsKey(name)
                ? $"function '{name}' needs arguments in parentheses"
                : $"unknown name '{name}'; expected a numeric parameter ({string.Join(", ", parameterNames.Order(StringComparer.Ordinal))})");
        _namesRead.Add(name);
        return p => p.TryGetValue(name, out var value) && !value.IsCategorical
            ? value.Number
            : throw new ArgumentException($"the expression needs a numeric value of parameter '{name}'");
    }

    private Node Call(string name, int start)
    {
        if (!Functions.TryGetValue(name, out var function))
            throw new ExpressionException(start, $"unknown function '{name}'; expected one of {string.Join(", ", Functions.Keys)}");
        var arguments = new List<Node> { Sum() };
        while (Accept(',')) arguments.Add(Sum());
        Expect(')', start);
        if (arguments.Count != function.Arity)
            throw new ExpressionException(start, $"{name} takes {function.Arity} argument{(function.Arity == 1 ? "" : "s")}, got {arguments.Count}");
        CountOperation();
        var nodes = arguments.ToArray();
        return p =>
        {
            var values = new double[nodes.Length];
            for (var i = 0; i < nodes.Length; i++) values[i] = nodes[i](p);
            return function.Apply(values);
        };
    }

    private void CountOperation()
    {
        if (++_operations > MaxOperations)
            throw new ExpressionException(_position, $"the expression has more than {MaxOperations} operations; split it or simplify it");
    }

    private bool Accept(char c)
    {
        if (_position >= text.Length || text[_position] != c) return false;
        _position++;
        SkipSpace();
        return true;
    }

    private void Expect(char c, int openedAt)
    {
        if (!Accept(c))
            throw new ExpressionException(_position, _position < text.Length
                ? $"expected '{c}' (opened at character {openedAt + 1}), got '{text[_position]}'"
                : $"expected '{c}' (opened at character {openedAt + 1}) before the end");
    }

    private void SkipSpace()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position])) _position++;
    }
}
