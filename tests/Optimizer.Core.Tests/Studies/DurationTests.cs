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

    [Theory]
    [InlineData("2000h", "'2000h' is longer than the longest supported, 1193h (49.7 days)")]
    [InlineData("4294968s", "longer than the longest supported")]
    [InlineData("0", "not a positive duration")]
    [InlineData("soon", "not a positive duration")]
    public void Timeouts_a_timer_cannot_wait_for_are_refused_with_the_reason(string text, string reason) =>
        Assert.Contains(reason, Duration.Problem(text, out _));

    [Fact]
    public void The_longest_timeout_is_accepted_and_a_timer_can_wait_for_it()
    {
        Assert.Null(Duration.Problem("1193h", out var duration));
        using var timer = new CancellationTokenSource();

        timer.CancelAfter(duration);
        timer.CancelAfter(Duration.Longest);
        Assert.Throws<ArgumentOutOfRangeException>(() => timer.CancelAfter(Duration.Longest + TimeSpan.FromMilliseconds(1)));
    }
}
