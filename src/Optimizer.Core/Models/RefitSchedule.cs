namespace Optimizer.Core.Models;

/// <summary>
/// Which observations a model's hyper-parameters are fitted on, as a function of n alone, so that a proposal never depends
/// on which proposals came before it (a resumed study replays): the first <see cref="FitSize"/> observations, where the
/// fit size steps by the largest power of two at most max(1, n / interval).
/// </summary>
internal static class RefitSchedule
{
    /// <summary>The number of leading observations, at most <paramref name="n"/>, the hyper-parameters at n are fitted on.</summary>
    public static int FitSize(int n, int interval)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, 1);
        var step = 1;
        while (2 * step <= Math.Max(1, n / interval)) step *= 2;
        return n - n % step;
    }
}
