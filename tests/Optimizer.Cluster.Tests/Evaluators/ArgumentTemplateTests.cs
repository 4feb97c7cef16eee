using Optimizer.Cluster.Evaluators;
using Optimizer.Core.Space;

namespace Optimizer.Cluster.Tests.Evaluators;

public sealed class ArgumentTemplateTests
{
    private static readonly Dictionary<string, ParameterValue> Parameters = new()
    {
        ["n_trees"] = ParameterValue.Of(120),
        ["learning_rate"] = ParameterValue.Of(1e-5),
        ["booster"] = ParameterValue.Of("dart"),
    };

    [Theory]
    [InlineData("{n_trees}", "120")]
    [InlineData("--lr={learning_rate}", "--lr=1e-05")]
    [InlineData("{booster}-{n_trees}.model", "dart-120.model")]
    [InlineData("{{n_trees}}", "{n_trees}")]
    [InlineData("{{{n_trees}}}", "{120}")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Placeholders_become_invariant_text_and_double_braces_become_braces(string template, string expected)
    {
        Assert.Equal(expected, ArgumentTemplate.Expand(template, Parameters));
    }

    [Theory]
    [InlineData("{depth}", "argument '{depth}': no parameter named 'depth'")]
    [InlineData("{n_trees", "unclosed '{' in \"{n_trees\" (write '{{' for a literal brace)")]
    [InlineData("a}b", "unmatched '}' in \"a}b\" (write '}}' for a literal brace)")]
    [InlineData("x{}", "'{}' in \"x{}\" is not a placeholder (write '{{' for a literal brace)")]
    public void Malformed_template_names_the_argument_and_the_fix(string template, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => ArgumentTemplate.Expand(template, Parameters)).Message);
    }
}
