using ScottPlot;
using ScottPlot.TickGenerators;

namespace Optimizer.Viewer.Plots;

/// <summary>
/// One axis of a figure: linear or log10, and the range it shows. Values are drawn at <see cref="Map"/> of
/// themselves; a log axis labels its ticks with the values, not their logarithms. A range never crosses zero
/// when the data do not (a count or a cost gets no negative stretch of axis).
/// </summary>
/// <param name="IsLog">Whether values are drawn at their log10.</param>
/// <param name="Low">The lower limit, in drawn (mapped) units.</param>
/// <param name="High">The upper limit, in drawn (mapped) units.</param>
internal sealed record AxisScale(bool IsLog, double Low, double High)
{
    /// <summary>A positive metric spanning more than this many decades gets a log axis by itself.</summary>
    public const double AutoLogDecades = 2;

    private const double Margin = 0.05;

    /// <summary>The scale for <paramref name="values"/> (non-finite ones ignored).</summary>
    /// <exception cref="ArgumentException">A log axis is asked for and a value is zero or negative.</exception>
    public static AxisScale For(string name, IEnumerable<double> values, AxisScaling scaling)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
            return new AxisScale(scaling == AxisScaling.Log, 0, 1);
        var (min, max) = (finite.Min(), finite.Max());
        if (scaling == AxisScaling.Log && min <= 0)
            throw new ArgumentException($"{name} cannot be drawn on a log axis: it has the value {PlainNumber.Format(min)}");
        var log = scaling == AxisScaling.Log || (scaling == AxisScaling.Auto && min > 0 && Math.Log10(max / min) > AutoLogDecades);
        if (log)
            (min, max) = (Math.Log10(min), Math.Log10(max));
        var pad = max > min ? (max - min) * Margin : Math.Max(Math.Abs(min) * Margin, 0.5);
        var (low, high) = (min - pad, max + pad);
        if (!log && min >= 0)
            low = Math.Max(low, 0);
        if (!log && max <= 0)
            high = Math.Min(high, 0);
        return new AxisScale(log, low, high);
    }

    /// <summary>
    /// An axis of trial numbers: linear (log when asked), half a trial beyond the first and the last, so that trial 0
    /// is not cut in half by the axis.
    /// </summary>
    public static AxisScale ForTrials(IEnumerable<double> numbers, AxisScaling scaling)
    {
        if (scaling == AxisScaling.Log)
            return For("trial", numbers, AxisScaling.Log);
        var list = numbers.Where(double.IsFinite).ToArray();
        return list.Length == 0 ? new AxisScale(false, 0, 1) : new AxisScale(false, list.Min() - 0.5, list.Max() + 0.5);
    }

    /// <summary>Where <paramref name="value"/> is drawn.</summary>
    public double Map(double value) => IsLog ? Math.Log10(value) : value;

    /// <summary>Ticks in plain numbers; on a log axis at whole decades (when the range holds two) with minor ticks between.</summary>
    public ITickGenerator Ticks() => IsLog
        ? new NumericAutomatic
        {
            MinorTickGenerator = new LogMinorTickGenerator(),
            IntegerTicksOnly = High - Low >= 2,
            LabelFormatter = v => PlainNumber.Format(Math.Pow(10, v)),
        }
        : new NumericAutomatic { LabelFormatter = PlainNumber.Format };

    /// <summary>Sets the bottom axis's ticks and the plot's horizontal limits.</summary>
    public void ApplyToX(Plot plot)
    {
        plot.Axes.Bottom.TickGenerator = Ticks();
        plot.Axes.SetLimitsX(Low, High);
    }

    /// <summary>Sets the left axis's ticks and the plot's vertical limits.</summary>
    public void ApplyToY(Plot plot)
    {
        plot.Axes.Left.TickGenerator = Ticks();
        plot.Axes.SetLimitsY(Low, High);
    }
}
