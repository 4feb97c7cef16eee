namespace Optimizer.Viewer.Plots;

/// <summary>How a figure's axis is scaled.</summary>
public enum AxisScaling
{
    /// <summary>Log when the values are positive and span more than two decades, linear otherwise.</summary>
    Auto,

    /// <summary>Always linear.</summary>
    Linear,

    /// <summary>Always log10; refused when a value is zero or negative.</summary>
    Log,
}
