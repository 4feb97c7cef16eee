namespace Optimizer.Core.Models;

/// <summary>
/// Which observations a model's hyper-parameters at n are fitted on, as a function of n alone, so that a proposal never
/// depends on which proposals came before it or on how long a fit took (a resumed study replays): the first
/// <see cref="FitSize"/> observations. Below <see cref="RefitSettings.BackgroundFrom"/> observations (where a fit is
/// cheap) the fit is on the latest boundary, boundaries stepping by the largest power of two at most
/// max(1, n / interval). From there on boundaries step by the largest power of two at most n / 8 and the fit is on the
/// latest boundary a whole step back (never below the last foreground fit), a prefix that has existed for a step: its
/// fit runs in the background (<see cref="Ahead"/>) while a step's worth of proposals (n / 16 to n / 8) use the
/// previous one, so even proposals made back to back rarely wait for a fit of a few seconds.
/// </summary>
internal static class RefitSchedule
{
    private const int BackgroundStepDivisor = 8;

    /// <summary>The number of leading observations, at most <paramref name="n"/>, the hyper-parameters at n are fitted on.</summary>
    public static int FitSize(int n, RefitSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Interval, 1);
        var step = Step(n, settings);
        if (n < settings.BackgroundFrom) return Boundary(n, step);
        return Math.Max(settings.BackgroundFrom - 1, Boundary(n - step, step));
    }

    /// <summary>
    /// The prefix sizes, at most <paramref name="n"/> (so their data exists now), that <see cref="FitSize"/> names for a
    /// larger history: the fits to start in the background at n.
    /// </summary>
    public static IReadOnlyList<int> Ahead(int n, RefitSettings settings)
    {
        var current = FitSize(n, settings);
        var ahead = new List<int>();
        var horizon = n + 2 * Step(n, settings) + 2;
        for (var later = n + 1; later <= horizon; later++)
        {
            var size = FitSize(later, settings);
            if (size > n) break;
            if (size > current && !ahead.Contains(size)) ahead.Add(size);
        }
        return ahead;
    }

    private static int Boundary(int n, int step) => n - n % step;

    private static int Step(int n, RefitSettings settings)
    {
        var limit = n < settings.BackgroundFrom ? Math.Max(1, n / settings.Interval) : n / BackgroundStepDivisor;
        var step = 1;
        while (2 * step <= limit) step *= 2;
        return step;
    }
}

/// <summary>How often a model's hyper-parameters are refitted.</summary>
/// <param name="Interval">below <paramref name="BackgroundFrom"/>, boundaries step by the largest power of two at most max(1, n / Interval).</param>
/// <param name="BackgroundFrom">from this many observations on, the fit lags a step (of n / 8 or more) and runs in the background.</param>
internal sealed record RefitSettings(int Interval, int BackgroundFrom);
