namespace Optimizer.Viewer.Plots;

/// <summary>The figures <c>optimizer plot</c> draws, the same as the viewer's panels.</summary>
public enum FigureKind
{
    /// <summary>Two objectives: every complete trial, the feasible front highlighted and connected.</summary>
    Pareto,

    /// <summary>Best value (one objective) or hypervolume (several) after each complete trial.</summary>
    History,

    /// <summary>One row per worker, one bar per trial, coloured by state.</summary>
    Timeline,

    /// <summary>Parallel coordinates of parameters and metrics, each axis scaled to its range.</summary>
    Parallel,

    /// <summary>The objective's intermediate value against step, one line per trial, pruned trials faded.</summary>
    Curves,
}
