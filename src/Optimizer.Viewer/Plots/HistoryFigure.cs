using Optimizer.Core.Studies;
using Optimizer.Viewer.Analysis;
using ScottPlot;

namespace Optimizer.Viewer.Plots;

/// <summary>Best feasible value (one objective) or hypervolume of the feasible front, as a step line after each complete trial.</summary>
internal static class HistoryFigure
{
    public static Plot Draw(StudyDefinition definition, IReadOnlyList<Trial> trials, FigureRequest request)
    {
        var plot = new Plot();
        var history = ProgressHistory.Of(definition, trials, request.Reference);
        var points = (request.AgainstTime ? history.ByTime : history.ByTrial).Where(p => p.Value is not null).ToArray();
        var xs = points.Select(p => request.AgainstTime ? p.ElapsedSeconds : p.Trial).ToArray();
        var ys = points.Select(p => p.Value!.Value).ToArray();
        if (points.Length > 0)
        {
            var line = plot.Add.Scatter(xs, ys, FigureStyle.Front);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 2;
            line.MarkerSize = points.Length < 60 ? 5 : 0;
        }
        plot.XLabel(request.AgainstTime ? "wall time (s)" : "trial");
        plot.YLabel(history.IsHypervolume ? "hypervolume" : $"best {FigureStyle.Label(definition.Objectives[0])}");
        if (history.Reference is { } reference)
            plot.Title($"reference point ({string.Join(", ", reference.Select(r => r.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)))})");
        return plot;
    }
}
