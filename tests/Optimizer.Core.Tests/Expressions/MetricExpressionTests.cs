using Optimizer.Core.Expressions;
using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Expressions;

public sealed class MetricExpressionTests
{
    private static readonly HashSet<string> Names = ["n_trees", "max_depth", "x"];

    private static double Value(string text, double nTrees = 100, double maxDepth = 4, double x = 2.5) =>
        MetricExpression.Parse(text, Names).Evaluate(new Dictionary<string, ParameterValue>
        {
            ["n_trees"] = ParameterValue.Of(nTrees),
            ["max_depth"] = ParameterValue.Of(maxDepth),
            ["x"] = ParameterValue.Of(x),
        });

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("2 ^ 3 ^ 2", 512)]
    [InlineData("-2 ^ 2", -4)]
    [InlineData("8 / 4 / 2", 1)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("1.5e2 + .5", 150.5)]
    [InlineData("log2(8) + sqrt(16) + exp(0) + log(1)", 8)]
    [InlineData("ceil(x) + floor(x) + round(x)", 8)]
    [InlineData("min(x, 1) + max(x, 1)", 3.5)]
    public void Evaluates_with_the_usual_precedence(string text, double expected) =>
        Assert.Equal(expected, Value(text), 12);

    [Fact]
    public void Fpga_lut_estimate_reads_the_parameters()
    {
        var luts = Value("8.03 * n_trees + 14 * n_trees * (2^max_depth - 1)", nTrees: 100, maxDepth: 4);

        Assert.Equal(8.03 * 100 + 14 * 100 * 15, luts, 9);
        Assert.Equal(new HashSet<string> { "n_trees", "max_depth" }, MetricExpression.Parse("8.03 * n_trees + 14 * n_trees * (2^max_depth - 1)", Names).Parameters);
    }

    [Theory]
    [InlineData("1 +", 3, "ends too early")]
    [InlineData("2 * depth", 4, "unknown name 'depth'")]
    [InlineData("(1 + 2", 6, "expected ')'")]
    [InlineData("foo(1)", 0, "unknown function 'foo'")]
    [InlineData("min(1)", 0, "min takes 2 arguments")]
    [InlineData("1 $ 2", 2, "unexpected '$'")]
    [InlineData("", 0, "empty")]
    [InlineData("sqrt + 1", 0, "needs arguments")]
    public void Errors_give_the_position_of_the_problem(string text, int position, string reason)
    {
        var error = Assert.Throws<ExpressionException>(() => MetricExpression.Parse(text, Names));

        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void Expression_nested_100000_deep_is_refused_for_its_length_without_exhausting_the_stack()
    {
        var text = new string('(', 100_000) + "x" + new string(')', 100_000);

        var error = Assert.Throws<ExpressionException>(() => MetricExpression.Parse(text, Names));

        Assert.Contains("200001 characters long; at most 10000", error.Reason);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("-", "")]
    [InlineData("sqrt(", ")")]
    [InlineData("1^", "")]
    public void Nesting_deeper_than_the_limit_is_refused_and_the_limit_itself_parses(string open, string close)
    {
        string Nested(int depth) => string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));

        var error = Assert.Throws<ExpressionException>(() => MetricExpression.Parse(Nested(ExpressionParser.MaxNesting), Names));

        Assert.Contains($"nests more than {ExpressionParser.MaxNesting} deep", error.Reason);
        Assert.True(double.IsFinite(Value(Nested(ExpressionParser.MaxNesting - 1))));
    }

    [Fact]
    public void A_flat_sum_longer_than_the_operation_limit_is_refused_and_one_at_the_limit_evaluates()
    {
        string Sum(int terms) => string.Join("+", Enumerable.Repeat("1", terms));

        var error = Assert.Throws<ExpressionException>(() => MetricExpression.Parse(Sum(ExpressionParser.MaxOperations + 2), Names));

        Assert.Contains($"more than {ExpressionParser.MaxOperations} operations", error.Reason);
        Assert.Equal(ExpressionParser.MaxOperations + 1, Value(Sum(ExpressionParser.MaxOperations + 1)));
    }
}
