namespace Optimizer.Core.Acquisition;

/// <summary>An acquisition function on the unit cube: larger is better. Thread-safe.</summary>
internal interface IAcquisition
{
    /// <summary>Value at <paramref name="x"/> (length d); writes d value / dx into <paramref name="gradient"/> unless it is empty.</summary>
    double Evaluate(ReadOnlySpan<double> x, Span<double> gradient);
}
