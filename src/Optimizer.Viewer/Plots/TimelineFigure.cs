using Optimizer.Core.Studies;
using ScottPlot;

namespace Optimizer.Viewer.Plots;

/// <summary>One row per worker, one bar per trial from its start to its end (or to the latest time seen, while running).</summary>
internal static class TimelineFigure
{
    private const double BarHeight = 0.6;

    public static Plot Draw(StudyDefinition definition, IReadOnlyList<Trial> trials, FigureRequest request)
    {
        var plot = new Plot();
        var started = trials.Where(t => t is { StartedAt: not null, Worker: not null }).ToArray();
        var workers = started.Select(t => t.Worker!).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (started.Length > 0)
        {
            var origin = started.Min(t => t.StartedAt!.Value);
            var latest = started.Max(t => t.FinishedAt ?? t.StartedAt!.Value);
            foreach (var trial in started)
            {
                var row = Array.IndexOf(workers, trial.Worker);
                var begin = (trial.StartedAt!.Value - origin).TotalSeconds;
                var end = ((trial.FinishedAt ?? latest) - origin).TotalSeconds;
                var bar = plot.Add.Rectangle(begin, end, row - BarHeight / 2, row + BarHeight / 2);
                bar.FillStyle.Color = FigureStyle.Of(trial.State);
                bar.LineStyle.Color = Colors.White;
            }
        }
        foreach (var state in new[] { TrialState.Complete, TrialState.Failed, TrialState.Pruned, TrialState.Running })
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = state.ToString().ToLowerInvariant(), FillColor = FigureStyle.Of(state) });
        plot.ShowLegend(Edge.Right); // beside the rows, never over a bar
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, workers.Length).Select(i => (double)i).ToArray(), workers);
        plot.XLabel("time since the first start (s)");
        plot.YLabel("worker");
        return plot;
    }
}
