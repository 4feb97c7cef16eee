namespace Optimizer.Fpga.Bdt;

/// <summary>
/// Estimated FPGA cost of a boosted decision tree in conifer's VHDL backend: the linear fit of conifer's
/// <c>conifer/utils/estimation.py</c> (constants fitted to a synthesis scan, called experimental there), for the
/// firmware of Summers et al., "Fast inference of Boosted Decision Trees in FPGAs for particle physics",
/// JINST 15 P05026 (2020), arXiv:2002.02534. The fit has no precision term: it was made at one fixed-point width.
/// </summary>
public static class BdtFpgaCost
{
    /// <summary>
    /// latency = 2 + max_depth + ceil(log2 n_trees) clocks (all trees compare in parallel, then an adder tree);
    /// LUT = -54.6956 + 8.03062 n_trees + 13.99964 n_nodes; FF = 12.7799 + 33.5694 n_trees + 4.01346 n_nodes.
    /// </summary>
    public static BdtFpgaEstimate EstimateVhdl(TreeEnsembleShape shape)
    {
        var latency = 2 + shape.MaxDepth + CeilLog2(shape.Trees);
        var luts = Math.Round(-54.6956 + 8.03062 * shape.Trees + 13.99964 * shape.InternalNodes);
        var flipFlops = Math.Round(12.7799 + 33.5694 * shape.Trees + 4.01346 * shape.InternalNodes);
        return new BdtFpgaEstimate(latency, (int)Math.Max(0, luts), (int)flipFlops);
    }

    /// <summary>
    /// Estimated latency in clocks of conifer's HLS backend (same source):
    /// max(1, ceil(-6.28150 + 1.3875 max_depth + 0.722148 log2 n_trees)).
    /// </summary>
    public static int EstimateHlsLatencyClocks(TreeEnsembleShape shape) =>
        Math.Max(1, (int)Math.Ceiling(-6.28150 + 1.3875 * shape.MaxDepth + 0.722148 * Math.Log2(shape.Trees)));

    private static int CeilLog2(int value) => value <= 1 ? 0 : (int)Math.Ceiling(Math.Log2(value));
}
