using Optimizer.Core.Studies;
using Optimizer.Viewer.Analysis;
using ScottPlot;

namespace Optimizer.Viewer.Plots;

/// <summary>
/// Best feasible value (one objective) or hypervolume of the feasible front, as a step line after each complete trial;
/// the value axis is log when it is positive and spans more than two decades (or when asked).
/// </summary>
internal static class HistoryFigure
{
    public static Plot Draw(StudyDefinition definition, IReadOnlyList<Trial> trials, FigureRequest request)
    {
        var plot = new Plot();
        var history = ProgressHistory.Of(definition, trials, request.Reference);
        var points = (request.AgainstTime ? history.ByTime : history.ByTrial).Where(p => p.Value is not null).ToArray();
        var xLabel = request.AgainstTime ? "wall time (s)" : "trial";
        var xAxis = request.AgainstTime
            ? AxisScale.For(xLabel, points.Select(p => p.ElapsedSeconds), request.XScaling == AxisScaling.Log ? AxisScaling.Log : AxisScaling.Linear)
            : AxisScale.ForTrials(points.Select(p => (double)p.Trial), request.XScaling);
        var yLabel = history.IsHypervolume ? "hypervolume" : $"best {FigureStyle.Label(definition.Objectives[0])}";
        var yAxis = AxisScale.For(yLabel, points.Select(p => p.Value!.Value), request.YScaling);
        if (points.Length > 0)
        {
            var line = plot.Add.Scatter(
                points.Select(p => xAxis.Map(request.AgainstTime ? p.ElapsedSeconds : p.Trial)).ToArray(),
                points.Select(p => yAxis.Map(p.Value!.Value)).ToArray(), FigureStyle.Front);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 2;
            line.MarkerSize = points.Length < 60 ? 5 : 0;
        }
        xAxis.ApplyToX(plot);
        yAxis.ApplyToY(plot);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        if (history.Reference is { } reference)
            plot.Title($"reference point ({string.Join(", ", reference.Select(PlainNumber.Format))})");
        return plot;
    }
}
