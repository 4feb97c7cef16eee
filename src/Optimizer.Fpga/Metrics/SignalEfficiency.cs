namespace Optimizer.Fpga.Metrics;

/// <summary>
/// A trigger's figure of merit: the fraction of signal events kept when the score threshold lets through at most a
/// given fraction of background (one point of the ROC curve). Events with equal scores pass or fail together.
/// </summary>
public static class SignalEfficiency
{
    /// <summary>
    /// The highest signal efficiency over thresholds whose background acceptance is at most
    /// <paramref name="backgroundAcceptance"/>; higher scores are more signal-like.
    /// </summary>
    public static double AtBackgroundAcceptance(IReadOnlyList<double> scores, IReadOnlyList<bool> isSignal, double backgroundAcceptance)
    {
        if (scores.Count != isSignal.Count)
        {
            throw new ArgumentException("Every score needs a label.", nameof(isSignal));
        }

        var signal = isSignal.Count(s => s);
        var background = isSignal.Count - signal;
        if (signal == 0 || background == 0)
        {
            throw new ArgumentException("Both signal and background events are needed.", nameof(isSignal));
        }

        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var allowedBackground = backgroundAcceptance * background;
        int passedSignal = 0, passedBackground = 0;
        var efficiency = 0.0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end < order.Length && scores[order[end]] == scores[order[start]])
            {
                passedSignal += isSignal[order[end]] ? 1 : 0;
                passedBackground += isSignal[order[end]] ? 0 : 1;
                end++;
            }

            if (passedBackground > allowedBackground)
            {
                break;
            }

            efficiency = passedSignal / (double)signal;
            start = end;
        }

        return efficiency;
    }
}
