using Optimizer.Fpga.Bdt;
using Optimizer.Fpga.Devices;

namespace Optimizer.Fpga.Tests.Bdt;

public class BdtFpgaCostTests
{
    [Fact]
    public void Hundred_full_trees_of_depth_3_match_the_worked_values()
    {
        var estimate = BdtFpgaCost.EstimateVhdl(TreeEnsembleShape.Full(100, 3));

        Assert.Equal(12, estimate.LatencyClocks);
        Assert.Equal(10_548, estimate.Luts);       // -54.6956 + 803.062 + 9799.748
        Assert.Equal(6_179, estimate.FlipFlops);   // 12.7799 + 3356.94 + 2809.422
    }

    [Fact]
    public void Five_hundred_full_trees_of_depth_3_match_the_worked_values()
    {
        var estimate = BdtFpgaCost.EstimateVhdl(TreeEnsembleShape.Full(500, 3));

        Assert.Equal(14, estimate.LatencyClocks);
        Assert.Equal(52_959, estimate.Luts);
        Assert.Equal(30_845, estimate.FlipFlops);   // 12.7799 + 16784.7 + 14047.11
    }

    [Fact]
    public void Real_internal_nodes_drive_the_luts_not_the_full_tree_count()
    {
        var pruned = BdtFpgaCost.EstimateVhdl(new TreeEnsembleShape(100, 3, 400));
        var full = BdtFpgaCost.EstimateVhdl(TreeEnsembleShape.Full(100, 3));

        Assert.Equal(full.LatencyClocks, pruned.LatencyClocks);
        Assert.Equal(Math.Round(300 * 13.99964), full.Luts - pruned.Luts, 0);
    }

    [Fact]
    public void A_single_tree_needs_no_adder_tree()
    {
        Assert.Equal(2 + 4, BdtFpgaCost.EstimateVhdl(TreeEnsembleShape.Full(1, 4)).LatencyClocks);
    }

    [Fact]
    public void Hls_latency_follows_its_own_fit()
    {
        // ceil(-6.28150 + 1.3875 * 3 + 0.722148 * log2(100)) = ceil(2.679) = 3
        Assert.Equal(3, BdtFpgaCost.EstimateHlsLatencyClocks(TreeEnsembleShape.Full(100, 3)));
        Assert.Equal(1, BdtFpgaCost.EstimateHlsLatencyClocks(TreeEnsembleShape.Full(1, 1)));
    }

    [Fact]
    public void Fractions_of_a_vu9p_divide_by_its_totals()
    {
        var utilization = BdtFpgaCost.EstimateVhdl(TreeEnsembleShape.Full(100, 3)).FractionOf(FpgaDevice.Vu9p);

        Assert.Equal(10_548 / 1_182_240.0, utilization.LutFraction, 12);
        Assert.Equal(6_179 / 2_364_480.0, utilization.FlipFlopFraction, 12);
        Assert.Equal(0, utilization.DspFraction);
    }

    [Fact]
    public void Shape_of_trained_trees_sums_nodes_and_takes_the_deepest()
    {
        var shape = TreeEnsembleShape.FromTrees([(3, 2), (5, 4), (1, 1)]);

        Assert.Equal(new TreeEnsembleShape(3, 4, 9), shape);
    }

    [Fact]
    public void Trees_of_a_single_leaf_add_no_comparators()
    {
        var shape = TreeEnsembleShape.FromTrees([(0, 0), (3, 2)]);

        Assert.Equal(new TreeEnsembleShape(2, 2, 3), shape);
    }

    [Fact]
    public void More_internal_nodes_than_full_trees_hold_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TreeEnsembleShape(2, 2, 7));
    }
}
