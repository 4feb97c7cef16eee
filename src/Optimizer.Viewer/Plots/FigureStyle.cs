using Optimizer.Core.Outcomes;
using Optimizer.Core.Studies;
using ScottPlot;

namespace Optimizer.Viewer.Plots;

/// <summary>Colours and labels shared by the figures, matching the web page.</summary>
internal static class FigureStyle
{
    public static readonly Color Front = Color.FromHex("#e8702a");
    public static readonly Color Feasible = Color.FromHex("#5470c6").WithAlpha(0.45);
    public static readonly Color Infeasible = Color.FromHex("#999999").WithAlpha(0.45);

    public static Color Of(TrialState state) => state switch
    {
        TrialState.Complete => Color.FromHex("#3a9d5d"),
        TrialState.Failed => Color.FromHex("#d64545"),
        TrialState.Running => Color.FromHex("#3f7fd9"),
        _ => Color.FromHex("#aaaaaa"),
    };

    /// <summary><c>luts (minimize)</c>: an objective's axis label.</summary>
    public static string Label(Objective objective) => $"{objective.Name} ({objective.Direction.ToString().ToLowerInvariant()})";
}
