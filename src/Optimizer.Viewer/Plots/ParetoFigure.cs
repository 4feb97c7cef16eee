using Optimizer.Core.Outcomes;
using Optimizer.Core.Studies;
using Optimizer.Viewer.Analysis;
using ScottPlot;

namespace Optimizer.Viewer.Plots;

/// <summary>
/// Two objectives of every complete trial: the feasible front in front, connected in order of x; dominated trials
/// faded and infeasible ones grey. A study with one objective shows its value per trial with the best marked.
/// Each axis is log when its values are positive and span more than two decades (or when asked); the legend sits
/// beside the data, never over it.
/// </summary>
internal static class ParetoFigure
{
    public static Plot Draw(StudyDefinition definition, IReadOnlyList<Trial> trials, FigureRequest request)
    {
        var plot = new Plot();
        var front = StudyFront.Of(definition, trials).Select(t => t.Number).ToHashSet();
        var complete = trials.Where(t => t.State == TrialState.Complete).ToArray();
        if (definition.Objectives.Count == 1)
        {
            var objective = definition.Objectives[0];
            var placed = complete.Where(t => Finite(t, objective.Name)).ToArray();
            var trialAxis = AxisScale.ForTrials(placed.Select(t => (double)t.Number), request.XScaling);
            var valueAxis = AxisScale.For(objective.Name, placed.Select(t => t.Values[objective.Name]), request.YScaling);
            Points(plot, placed.Where(t => !front.Contains(t.Number)), t => trialAxis.Map(t.Number), t => valueAxis.Map(t.Values[objective.Name]), FigureStyle.Feasible, "trials", 6);
            Points(plot, placed.Where(t => front.Contains(t.Number)), t => trialAxis.Map(t.Number), t => valueAxis.Map(t.Values[objective.Name]), FigureStyle.Front, "best", 10);
            trialAxis.ApplyToX(plot);
            valueAxis.ApplyToY(plot);
            plot.XLabel("trial");
            plot.YLabel(FigureStyle.Label(objective));
            plot.ShowLegend(Edge.Right);
            return plot;
        }

        var x = Pick(definition, request.X, 0);
        var y = Pick(definition, request.Y, 1);
        var both = complete.Where(t => Finite(t, x.Name) && Finite(t, y.Name)).ToArray();
        var xAxis = AxisScale.For(x.Name, both.Select(t => t.Values[x.Name]), request.XScaling);
        var yAxis = AxisScale.For(y.Name, both.Select(t => t.Values[y.Name]), request.YScaling);
        double X(Trial t) => xAxis.Map(t.Values[x.Name]);
        double Y(Trial t) => yAxis.Map(t.Values[y.Name]);
        var feasible = both.Where(t => Feasibility.IsFeasible(t.Values, definition.Constraints)).ToArray();
        Points(plot, both.Except(feasible), X, Y, FigureStyle.Infeasible, "infeasible", 6);
        Points(plot, feasible.Where(t => !front.Contains(t.Number)), X, Y, FigureStyle.Feasible, "dominated", 6);
        var onFront = feasible.Where(t => front.Contains(t.Number)).OrderBy(t => t.Values[x.Name]).ThenBy(t => t.Values[y.Name]).ToArray();
        if (onFront.Length > 0)
        {
            var line = plot.Add.Scatter(onFront.Select(X).ToArray(), onFront.Select(Y).ToArray(), FigureStyle.Front);
            line.LineWidth = 2;
            line.MarkerSize = 9;
            line.LegendText = "Pareto front";
        }
        xAxis.ApplyToX(plot);
        yAxis.ApplyToY(plot);
        plot.XLabel(FigureStyle.Label(x));
        plot.YLabel(FigureStyle.Label(y));
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    private static void Points(Plot plot, IEnumerable<Trial> trials, Func<Trial, double> x, Func<Trial, double> y, Color color, string label, float size)
    {
        var list = trials.ToArray();
        if (list.Length == 0)
            return;
        var points = plot.Add.ScatterPoints(list.Select(x).ToArray(), list.Select(y).ToArray(), color);
        points.MarkerSize = size;
        points.LegendText = label;
    }

    private static bool Finite(Trial trial, string metric) => trial.Values.TryGetValue(metric, out var v) && double.IsFinite(v);

    private static Objective Pick(StudyDefinition definition, string? name, int fallback) =>
        name is null ? definition.Objectives[fallback]
            : definition.Objectives.FirstOrDefault(o => o.Name == name)
              ?? throw new ArgumentException($"'{name}' is not an objective of the study; it has {string.Join(", ", definition.Objectives.Select(o => o.Name))}");
}
