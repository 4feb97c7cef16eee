using Optimizer.Cluster.Evaluators;

namespace Optimizer.Cluster.Tests.Evaluators;

public sealed class OutputTailTests
{
    [Fact]
    public void Keeps_the_last_twenty_lines()
    {
        var tail = new OutputTail();
        for (var i = 0; i < 50; i++)
            tail.Append($"line {i}");

        Assert.Equal(Enumerable.Range(30, 20).Select(i => $"line {i}"), tail.ToString().Split('\n'));
    }

    [Fact]
    public void Keeps_at_most_two_kilobytes_ending_with_the_last_line()
    {
        var tail = new OutputTail();
        tail.Append(new string('a', 1500));
        tail.Append(new string('b', 1000));
        tail.Append(new string('c', 5000) + "end");

        Assert.Equal(new string('c', OutputTail.MaxChars - 3) + "end", tail.ToString());
    }

    [Fact]
    public void Is_empty_when_nothing_was_written()
    {
        Assert.Equal("", new OutputTail().ToString());
    }
}
