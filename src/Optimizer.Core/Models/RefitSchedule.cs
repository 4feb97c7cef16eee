namespace Optimizer.Core.Models;

/// <summary>
/// Which observations a model's hyper-parameters at n are fitted on, as a function of n alone, so that a proposal never
/// depends on which proposals came before it or on how long a fit took (a resumed study replays): the first
/// <see cref="FitSize"/> observations. Boundaries step by the largest power of two at most max(1, n / interval). Below
/// <see cref="RefitSettings.BackgroundFrom"/> observations (where a fit is cheap) the fit is on the latest boundary;
/// from there on, on the latest boundary at least one step back, a prefix that has existed for a step, so its fit can
/// run in the background while the proposals of that step use the previous one (<see cref="Ahead"/>).
/// </summary>
internal static class RefitSchedule
{
    /// <summary>The number of leading observations, at most <paramref name="n"/>, the hyper-parameters at n are fitted on.</summary>
    public static int FitSize(int n, RefitSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Interval, 1);
        if (n < settings.BackgroundFrom) return Boundary(n, settings.Interval);
        return Boundary(n - Step(n, settings.Interval), settings.Interval);
    }

    /// <summary>
    /// The prefix sizes, at most <paramref name="n"/> (so their data exists now), that <see cref="FitSize"/> names for a
    /// larger history: the fits to start in the background at n.
    /// </summary>
    public static IReadOnlyList<int> Ahead(int n, RefitSettings settings)
    {
        var current = FitSize(n, settings);
        var ahead = new List<int>();
        var horizon = n + 2 * Step(n, settings.Interval) + 2;
        for (var later = n + 1; later <= horizon; later++)
        {
            var size = FitSize(later, settings);
            if (size > n) break;
            if (size > current && !ahead.Contains(size)) ahead.Add(size);
        }
        return ahead;
    }

    private static int Boundary(int n, int interval) => n - n % Step(n, interval);

    private static int Step(int n, int interval)
    {
        var step = 1;
        while (2 * step <= Math.Max(1, n / interval)) step *= 2;
        return step;
    }
}

/// <summary>How often a model's hyper-parameters are refitted.</summary>
/// <param name="Interval">boundaries step by the largest power of two at most max(1, n / Interval).</param>
/// <param name="BackgroundFrom">from this many observations on, the fit lags a step and runs in the background.</param>
internal sealed record RefitSettings(int Interval, int BackgroundFrom);
