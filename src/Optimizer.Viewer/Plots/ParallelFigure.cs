using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.Viewer.Analysis;
using ScottPlot;

namespace Optimizer.Viewer.Plots;

/// <summary>
/// Parallel coordinates of the complete trials: one vertical axis per parameter, objective and constraint, each scaled
/// to [0, 1] over its range (log parameters in log space, categories evenly spaced) and labelled with its bounds.
/// </summary>
internal static class ParallelFigure
{
    public static Plot Draw(StudyDefinition definition, IReadOnlyList<Trial> trials, FigureRequest request)
    {
        var plot = new Plot();
        var complete = trials.Where(t => t.State == TrialState.Complete).ToArray();
        var front = StudyFront.Of(definition, trials).Select(t => t.Number).ToHashSet();
        var axes = definition.Space.Parameters.Select(p => ParameterAxis(p))
            .Concat(definition.RequiredMetrics.Select(m => MetricAxis(m, complete)))
            .ToArray();
        // Front last, so its lines lie on top.
        foreach (var trial in complete.OrderBy(t => front.Contains(t.Number)))
        {
            var ys = axes.Select(a => a.Scale(trial)).ToArray();
            if (ys.Any(double.IsNaN))
                continue;
            var line = plot.Add.Scatter(Enumerable.Range(0, axes.Length).Select(i => (double)i).ToArray(), ys,
                front.Contains(trial.Number) ? FigureStyle.Front : FigureStyle.Feasible);
            line.MarkerSize = 0;
            line.LineWidth = front.Contains(trial.Number) ? 2 : 1;
        }
        for (var i = 0; i < axes.Length; i++)
        {
            var axis = plot.Add.VerticalLine(i, 1, Colors.Black);
            axis.LineWidth = 1;
            var low = plot.Add.Text(axes[i].Low, i, -0.02);
            low.LabelAlignment = Alignment.UpperCenter;
            var high = plot.Add.Text(axes[i].High, i, 1.02);
            high.LabelAlignment = Alignment.LowerCenter;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, axes.Length).Select(i => (double)i).ToArray(), axes.Select(a => a.Name).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0.0, 1.0], ["low", "high"]);
        plot.Axes.SetLimits(-0.3, axes.Length - 0.7, -0.1, 1.1);
        plot.YLabel("position within each axis's range");
        return plot;
    }

    private sealed record Axis(string Name, string Low, string High, Func<Trial, double> Scale);

    private static Axis ParameterAxis(Parameter parameter) => parameter switch
    {
        FloatParameter p => Numeric(p.Name + (p.Log ? " (log)" : ""), p.Low, p.High, p.Log, t => t.Parameters[p.Name].Number),
        IntParameter p => Numeric(p.Name + (p.Log ? " (log)" : ""), p.Low, p.High, p.Log, t => t.Parameters[p.Name].Number),
        CategoricalParameter p => new Axis(p.Name, p.Choices[0], p.Choices[^1], t =>
            p.Choices.Count == 1 ? 0.5 : (double)IndexOf(p.Choices, t.Parameters[p.Name].Choice) / (p.Choices.Count - 1)),
        _ => throw new NotSupportedException($"parameter '{parameter.Name}' is a {parameter.GetType().Name}, which the figure does not know"),
    };

    private static Axis MetricAxis(string metric, IReadOnlyList<Trial> trials)
    {
        var values = trials.Select(t => t.Values.GetValueOrDefault(metric, double.NaN)).Where(double.IsFinite).ToArray();
        return values.Length == 0
            ? new Axis(metric, "", "", _ => double.NaN)
            : Numeric(metric, values.Min(), values.Max(), log: false, t => t.Values.GetValueOrDefault(metric, double.NaN));
    }

    private static Axis Numeric(string name, double low, double high, bool log, Func<Trial, double> value)
    {
        Func<double, double> map = log ? Math.Log : v => v;
        var (a, b) = (map(low), map(high));
        return new Axis(name, Text(low), Text(high), t => b > a ? (map(value(t)) - a) / (b - a) : 0.5);
    }

    private static int IndexOf(IReadOnlyList<string> choices, string? choice)
    {
        for (var i = 0; i < choices.Count; i++)
            if (choices[i] == choice)
                return i;
        return -1;
    }

    private static string Text(double value) => value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
}
