using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Studies;

public class CommandTemplateTests
{
    private static string Render(string argument) => CommandTemplate.Render(argument, name => $"<{name}>");

    [Theory]
    [InlineData("--lr={lr}", "--lr=<lr>")]
    [InlineData("{a}{b}", "<a><b>")]
    [InlineData("plain", "plain")]
    [InlineData("{{literal}}", "{literal}")]
    [InlineData("{{{x}}}", "{<x>}")]
    public void Placeholders_are_replaced_and_doubled_braces_are_literal(string argument, string expected) =>
        Assert.Equal(expected, Render(argument));

    [Theory]
    [InlineData("{x")]
    [InlineData("{}")]
    [InlineData("x}")]
    [InlineData("{a{b}")]
    public void Stray_braces_are_format_errors(string argument) =>
        Assert.Throws<FormatException>(() => Render(argument));
}
