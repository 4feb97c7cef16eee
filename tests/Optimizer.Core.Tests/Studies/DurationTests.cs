using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Studies;

public class DurationTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("30m", 1800)]
    [InlineData("2h", 7200)]
    [InlineData("1h30m", 5400)]
    [InlineData("1h0m30s", 3630)]
    [InlineData("90", 90)]
    [InlineData("1.5", 1.5)]
    [InlineData("0.5h", 1800)]
    [InlineData(" 45s ", 45)]
    public void Valid_durations_parse_to_seconds(string text, double seconds)
    {
        Assert.True(Duration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("-5")]
    [InlineData("-5s")]
    [InlineData("30x")]
    [InlineData("30m2h")]
    [InlineData("1,5")]
    [InlineData("ten minutes")]
    public void Invalid_durations_are_rejected(string text) =>
        Assert.False(Duration.TryParse(text, out _));
}
