using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.Viewer.Analysis;
using ScottPlot;

namespace Optimizer.Viewer.Plots;

/// <summary>
/// Parallel coordinates of the complete trials: one vertical axis per parameter, objective and constraint, each scaled
/// to [0, 1] over its range (log parameters, and metrics spanning more than two decades, in log space; categories
/// evenly spaced) and labelled with its bounds above and below its line. The axis names are slanted under the axes,
/// so that long names neither overlap nor run off the figure at the default size.
/// </summary>
internal static class ParallelFigure
{
    /// <summary>The slant of the axis names, degrees counter-clockwise from horizontal.</summary>
    public const float NameSlant = 30;

    private const float BoundFontSize = 11;
    private const double BoundOffset = 0.03;
    private const double SidePadding = 0.5;

    public static Plot Draw(StudyDefinition definition, IReadOnlyList<Trial> trials, FigureRequest request)
    {
        var plot = new Plot();
        var complete = trials.Where(t => t.State == TrialState.Complete).ToArray();
        var front = StudyFront.Of(definition, trials).Select(t => t.Number).ToHashSet();
        var axes = Axes(definition, complete, request.YScaling == AxisScaling.Linear ? AxisScaling.Linear : AxisScaling.Auto);
        var positions = Enumerable.Range(0, axes.Count).Select(i => (double)i).ToArray();
        // Front last, so its lines lie on top.
        foreach (var trial in complete.OrderBy(t => front.Contains(t.Number)))
        {
            var ys = axes.Select(a => a.Scale(trial)).ToArray();
            if (ys.Any(double.IsNaN))
                continue;
            var line = plot.Add.Scatter(positions, ys, front.Contains(trial.Number) ? FigureStyle.Front : FigureStyle.Feasible);
            line.MarkerSize = 0;
            line.LineWidth = front.Contains(trial.Number) ? 2 : 1;
        }
        for (var i = 0; i < axes.Count; i++)
        {
            // The axis line stops at its bounds, so no line runs through the labels above and below it.
            var axis = plot.Add.Line(i, 0, i, 1);
            axis.LineColor = Colors.Black;
            axis.LineWidth = 1;
            Bound(plot, axes[i].Low, i, -BoundOffset, Alignment.UpperCenter);
            Bound(plot, axes[i].High, i, 1 + BoundOffset, Alignment.LowerCenter);
        }
        plot.HideGrid();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, axes.Select(a => a.Name).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -NameSlant;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = NamePanelHeight(plot, axes);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.Left.MinimumSize = FirstNameOverhang(plot, axes, request.Width);
        plot.Axes.SetLimits(-SidePadding, axes.Count - 1 + SidePadding, -0.12, 1.12);
        return plot;
    }

    /// <summary>The pixel size of an axis name as the figure draws it (before the slant).</summary>
    public static PixelSize NameSize(Plot plot, string name)
    {
        using var paint = Paint.NewDisposablePaint();
        return plot.Axes.Bottom.TickLabelStyle.Measure(name, paint).Size;
    }

    private sealed record Axis(string Name, string Low, string High, Func<Trial, double> Scale);

    private static List<Axis> Axes(StudyDefinition definition, IReadOnlyList<Trial> complete, AxisScaling metricScaling) =>
        definition.Space.Parameters.Select(ParameterAxis)
            .Concat(definition.RequiredMetrics.Select(m => MetricAxis(m, complete, metricScaling)))
            .ToList();

    private static void Bound(Plot plot, string text, double x, double y, Alignment alignment)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelAlignment = alignment;
        label.LabelFontSize = BoundFontSize;
    }

    // Slanted names hang below the axis by their length times the sine of the slant, plus their height.
    private static float NamePanelHeight(Plot plot, IReadOnlyList<Axis> axes)
    {
        var slant = NameSlant * Math.PI / 180;
        return axes.Count == 0 ? 0 : axes.Max(a =>
        {
            var size = NameSize(plot, a.Name);
            return (float)(size.Width * Math.Sin(slant) + size.Height * Math.Cos(slant));
        }) + 12;
    }

    // The first name runs left of its axis by its length times the cosine of the slant; half an axis spacing is
    // inside the data area, the rest needs room in the left panel.
    private static float FirstNameOverhang(Plot plot, IReadOnlyList<Axis> axes, int width)
    {
        if (axes.Count == 0)
            return 0;
        var slant = NameSlant * Math.PI / 180;
        var reach = NameSize(plot, axes[0].Name).Width * Math.Cos(slant);
        var spacing = width / (axes.Count - 1 + 2 * SidePadding);
        return (float)Math.Max(10, reach - SidePadding * spacing + 10);
    }

    private static Axis ParameterAxis(Parameter parameter) => parameter switch
    {
        FloatParameter p => Numeric(p.Name + (p.Log ? " (log)" : ""), p.Low, p.High, p.Log, t => t.Parameters[p.Name].Number),
        IntParameter p => Numeric(p.Name + (p.Log ? " (log)" : ""), p.Low, p.High, p.Log, t => t.Parameters[p.Name].Number),
        CategoricalParameter p => new Axis(p.Name, p.Choices[0], p.Choices[^1], t =>
            p.Choices.Count == 1 ? 0.5 : (double)IndexOf(p.Choices, t.Parameters[p.Name].Choice) / (p.Choices.Count - 1)),
        _ => throw new NotSupportedException($"parameter '{parameter.Name}' is a {parameter.GetType().Name}, which the figure does not know"),
    };

    private static Axis MetricAxis(string metric, IReadOnlyList<Trial> trials, AxisScaling scaling)
    {
        var values = trials.Select(t => t.Values.GetValueOrDefault(metric, double.NaN)).Where(double.IsFinite).ToArray();
        if (values.Length == 0)
            return new Axis(metric, "", "", _ => double.NaN);
        var log = AxisScale.For(metric, values, scaling).IsLog;
        return Numeric(metric + (log ? " (log)" : ""), values.Min(), values.Max(), log, t => t.Values.GetValueOrDefault(metric, double.NaN));
    }

    private static Axis Numeric(string name, double low, double high, bool log, Func<Trial, double> value)
    {
        Func<double, double> map = log ? Math.Log : v => v;
        var (a, b) = (map(low), map(high));
        return new Axis(name, PlainNumber.Format(low), PlainNumber.Format(high), t => b > a ? (map(value(t)) - a) / (b - a) : 0.5);
    }

    private static int IndexOf(IReadOnlyList<string> choices, string? choice)
    {
        for (var i = 0; i < choices.Count; i++)
            if (choices[i] == choice)
                return i;
        return -1;
    }
}
