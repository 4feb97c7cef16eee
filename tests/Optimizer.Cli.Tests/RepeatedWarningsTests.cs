using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Optimizer.Cli.Output;

namespace Optimizer.Cli.Tests;

public sealed partial class RepeatedWarningsTests
{
    private const string Fit = "objective 'loss': the hyper-parameter fit on {0} observations found no point where the likelihood is defined; the prior's mode stands in";

    private readonly StringWriter _output = new();
    private readonly ManualClock _clock = ManualClock.At2026();

    private RepeatedWarnings Warnings() => new(_output, _clock);

    private string[] Lines() => _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void The_first_message_of_a_kind_is_written_and_its_repeats_are_counted_until_the_study_ends()
    {
        var warnings = Warnings();

        for (var n = 10; n < 1010; n++)
        {
            warnings.Warn(string.Format(Fit, n));
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }
        Assert.Equal(["warning: " + string.Format(Fit, 10)], Lines());

        warnings.Flush();

        Assert.Equal(["warning: " + string.Format(Fit, 10), $"warning: 999 more like it in 1m40s, the latest: {string.Format(Fit, 1009)}"], Lines());
    }

    [Fact]
    public void A_kind_that_keeps_occurring_is_counted_once_per_interval()
    {
        var warnings = Warnings();

        warnings.Warn(string.Format(Fit, 5));
        _clock.Advance(TimeSpan.FromMinutes(4));
        warnings.Warn(string.Format(Fit, 6));
        _clock.Advance(TimeSpan.FromMinutes(6) - TimeSpan.FromSeconds(1));
        warnings.Warn(string.Format(Fit, 7));
        Assert.Single(Lines());

        _clock.Advance(TimeSpan.FromSeconds(1));
        warnings.Warn(string.Format(Fit, 8));
        _clock.Advance(TimeSpan.FromMinutes(9));
        warnings.Warn(string.Format(Fit, 9));
        warnings.Flush();
        warnings.Flush();

        Assert.Equal(
        [
            "warning: " + string.Format(Fit, 5),
            $"warning: 3 more like it in 10m00s, the latest: {string.Format(Fit, 8)}",
            $"warning: 1 more like it in 9m00s, the latest: {string.Format(Fit, 9)}",
        ], Lines());
    }

    [Fact]
    public void Messages_that_differ_in_more_than_their_numbers_are_kinds_of_their_own()
    {
        var warnings = Warnings();

        warnings.Warn(string.Format(Fit, 12));
        warnings.Warn(string.Format(Fit, 13).Replace("'loss'", "'auc'"));
        warnings.Warn(string.Format(Fit, 0.5e-3));
        warnings.Flush();

        Assert.Equal(
        [
            "warning: " + string.Format(Fit, 12),
            "warning: " + string.Format(Fit, 13).Replace("'loss'", "'auc'"),
            $"warning: 1 more like it in 0.0s, the latest: {string.Format(Fit, 0.5e-3)}",
        ], Lines());
    }

    [Property(MaxTest = 200)]
    public Property Every_message_is_written_or_counted_exactly_once(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var output = new StringWriter();
        var clock = ManualClock.At2026();
        var warnings = new RepeatedWarnings(output, clock);
        var calls = random.Next(1, 300);
        for (var i = 0; i < calls; i++)
        {
            warnings.Warn($"outcome {random.Next(3)}: fit {random.Next(1000)} fell back");
            clock.Advance(TimeSpan.FromSeconds(random.Next(0, 400)));
        }
        warnings.Flush();

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var accounted = lines.Sum(line => RepeatLine().Match(line) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 1);
        var firsts = lines.Count(line => !RepeatLine().IsMatch(line));

        return (accounted == calls && firsts <= 3).Label($"{calls} calls, {accounted} accounted, {firsts} first lines");
    }

    [GeneratedRegex(@"^warning: (\d+) more like it in ")]
    private static partial Regex RepeatLine();
}
