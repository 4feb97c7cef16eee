namespace Optimizer.Core.Acquisition;

/// <summary>
/// log (1/K) sum_k exp(l_k) without overflow, and its gradient weights softmax(l)_k = d/dl_k: how a log acquisition
/// averaged over posterior worlds or hyper-parameter samples combines their log values.
/// </summary>
internal static class LogMeanExp
{
    /// <summary>
    /// The log mean of exp(<paramref name="logs"/>); writes softmax(logs) into <paramref name="weights"/> (zeros when
    /// every log is -inf) unless it is empty, as when no gradient is asked for.
    /// </summary>
    public static double Of(ReadOnlySpan<double> logs, Span<double> weights)
    {
        var max = double.NegativeInfinity;
        foreach (var l in logs) max = Math.Max(max, l);
        if (double.IsNegativeInfinity(max))
        {
            weights.Clear();
            return max;
        }
        var sum = 0.0;
        for (var k = 0; k < logs.Length; k++) sum += Math.Exp(logs[k] - max);
        if (!weights.IsEmpty)
            for (var k = 0; k < logs.Length; k++) weights[k] = Math.Exp(logs[k] - max) / sum;
        return max + Math.Log(sum / logs.Length);
    }
}
