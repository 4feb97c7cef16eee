using Optimizer.Fpga.Metrics;

namespace Optimizer.Fpga.Tests.Metrics;

public class SignalEfficiencyTests
{
    [Fact]
    public void Threshold_admitting_one_background_event_in_ten_keeps_the_signal_above_it()
    {
        // signal at 10..19 and 5; background at 0..8 and 15: at 10% acceptance the cut may pass the event at 15.
        double[] signal = [.. Enumerable.Range(10, 10).Select(i => (double)i), 5];
        double[] background = [.. Enumerable.Range(0, 9).Select(i => (double)i), 15];
        var scores = signal.Concat(background).ToArray();
        var labels = signal.Select(_ => true).Concat(background.Select(_ => false)).ToArray();

        Assert.Equal(10 / 11.0, SignalEfficiency.AtBackgroundAcceptance(scores, labels, 0.1), 12);
        Assert.Equal(4 / 11.0, SignalEfficiency.AtBackgroundAcceptance(scores, labels, 0.0), 12);
    }

    [Fact]
    public void Events_with_equal_scores_pass_together()
    {
        double[] scores = [1, 1, 1, 0];
        bool[] labels = [true, true, false, false];

        Assert.Equal(0, SignalEfficiency.AtBackgroundAcceptance(scores, labels, 0.49));
        Assert.Equal(1, SignalEfficiency.AtBackgroundAcceptance(scores, labels, 0.5));
    }
}
