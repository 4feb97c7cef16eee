namespace Optimizer.Viewer.Tests;

/// <summary>Metric values of the two-objective test study.</summary>
internal static class Values
{
    public static Dictionary<string, double> Of(double auc, double luts, double latency = 10) =>
        new() { ["auc"] = auc, ["luts"] = luts, ["latency"] = latency };
}
