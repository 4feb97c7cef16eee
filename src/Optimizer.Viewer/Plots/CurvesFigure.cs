using Optimizer.Core.Studies;
using ScottPlot;

namespace Optimizer.Viewer.Plots;

/// <summary>Learning curves: the objective's intermediate value against step, one line per trial, pruned trials faded.</summary>
internal static class CurvesFigure
{
    public static Plot Draw(StudyDefinition definition, IReadOnlyList<Trial> trials,
        IReadOnlyDictionary<int, IReadOnlyList<IntermediateReport>> intermediate)
    {
        var plot = new Plot();
        var objective = definition.Objectives[0];
        foreach (var trial in trials)
        {
            var points = intermediate.GetValueOrDefault(trial.Number)?.Where(r => r.Values.ContainsKey(objective.Name)).ToArray() ?? [];
            if (points.Length == 0)
                continue;
            var line = plot.Add.Scatter(points.Select(r => (double)r.Step).ToArray(), points.Select(r => r.Values[objective.Name]).ToArray(),
                trial.State == TrialState.Pruned ? FigureStyle.Infeasible : FigureStyle.Of(trial.State).WithAlpha(0.8));
            line.LineWidth = trial.State == TrialState.Pruned ? 1 : 2;
            line.MarkerSize = points.Length < 30 ? 4 : 0;
        }
        plot.XLabel("step");
        plot.YLabel(FigureStyle.Label(objective));
        plot.Title("learning curves (pruned trials faded)");
        return plot;
    }
}
