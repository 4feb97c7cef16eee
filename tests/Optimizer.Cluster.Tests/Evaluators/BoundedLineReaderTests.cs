using System.Text;
using Optimizer.Cluster.Evaluators;

namespace Optimizer.Cluster.Tests.Evaluators;

public sealed class BoundedLineReaderTests
{
    /// <summary>Hands out the bytes a few at a time, as a pipe does, so lines are cut across reads.</summary>
    private sealed class TrickleStream(byte[] bytes, int step) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(step, buffer.Length)], cancellationToken);
    }

    [Fact]
    public async Task Lines_cut_across_reads_reach_the_consumer_whole_and_the_last_object_wins()
    {
        var consumer = new StdoutConsumer();
        var text = "epoch 1\r\n{\"step\": 1}\n{\"auc\": 0.9}\nlog {not json}\n{\"auc\": 0.95}";

        await BoundedLineReader.ReadLinesAsync(new TrickleStream(Encoding.UTF8.GetBytes(text), 3), consumer, new ByteTail());

        Assert.Equal("{\"auc\": 0.95}", consumer.LastJsonObjectLine);
        Assert.Null(consumer.OverlongObjectLineBytes);
    }

    [Fact]
    public async Task An_overlong_object_line_after_the_metrics_hides_them_and_reports_its_length()
    {
        var consumer = new StdoutConsumer();
        var text = "{\"auc\": 0.9}\n{\"blob\": \"" + new string('x', BoundedLineReader.MaxLineBytes) + "\"}\nplain log line\n";

        await BoundedLineReader.ReadLinesAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), consumer, new ByteTail());

        Assert.Null(consumer.LastJsonObjectLine);
        Assert.Equal(BoundedLineReader.MaxLineBytes + 12, consumer.OverlongObjectLineBytes);
    }

    [Fact]
    public void Tail_keeps_the_last_64_KiB_across_wrap_around()
    {
        var tail = new ByteTail();
        for (var i = 0; i < 10_000; i++)
            tail.Append(Encoding.UTF8.GetBytes($"line {i}\n"));

        var kept = tail.ToString();

        Assert.Equal(ByteTail.Capacity, Encoding.UTF8.GetByteCount(kept));
        Assert.EndsWith("line 9999\n", kept);
        Assert.StartsWith("line 9980\nline 9981\n", tail.LastLines());
    }
}
