namespace Optimizer.Viewer.Plots;

/// <summary>One figure to write.</summary>
/// <param name="Kind">Which figure.</param>
/// <param name="Output">The file to write: its extension, .png or .svg, chooses the format.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record FigureRequest(FigureKind Kind, string Output, int Width = 800, int Height = 600)
{
    /// <summary>Pareto: the objective on the x axis (default the first).</summary>
    public string? X { get; init; }

    /// <summary>Pareto: the objective on the y axis (default the second).</summary>
    public string? Y { get; init; }

    /// <summary>History: against wall time in seconds instead of trial number.</summary>
    public bool AgainstTime { get; init; }

    /// <summary>How the x axis is scaled (pareto; history against time).</summary>
    public AxisScaling XScaling { get; init; }

    /// <summary>How the y axis is scaled (pareto, history).</summary>
    public AxisScaling YScaling { get; init; }

    /// <summary>History: the hypervolume's reference point in the objectives' own directions; null infers it.</summary>
    public IReadOnlyList<double>? Reference { get; init; }
}
