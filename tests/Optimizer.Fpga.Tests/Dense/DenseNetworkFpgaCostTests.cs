using Optimizer.Fpga.Dense;

namespace Optimizer.Fpga.Tests.Dense;

public class DenseNetworkFpgaCostTests
{
    private static readonly IReadOnlyList<DenseLayerShape> JetTagger = DenseLayerShape.Chain(16, 64, 32, 32, 5);

    [Fact]
    public void Jet_tagging_network_needs_4256_multiplications()
    {
        Assert.Equal(4_256, JetTagger.Sum(l => l.Multiplications));   // 1024 + 2048 + 1024 + 160
    }

    [Fact]
    public void Sixteen_bit_fully_parallel_network_takes_one_dsp_per_multiplication()
    {
        var estimate = DenseNetworkFpgaCost.Estimate(JetTagger, new FixedPointPrecision(16), reuseFactor: 1);

        Assert.Equal(4_256, estimate.Dsps);
        // (1 + 4 + 2) + (1 + 6 + 2) + (1 + 5 + 2) + (1 + 5 + 2)
        Assert.Equal(32, estimate.LatencyClocks);
        // accumulators only: 64 * (16 + 16 + 4) + 32 * 38 + 32 * 37 + 5 * 37
        Assert.Equal(2_304 + 1_216 + 1_184 + 185, estimate.Luts);
    }

    [Fact]
    public void Reuse_factor_divides_the_multipliers_and_adds_latency()
    {
        var estimate = DenseNetworkFpgaCost.Estimate(JetTagger, new FixedPointPrecision(16), reuseFactor: 4);

        Assert.Equal(256 + 512 + 256 + 40, estimate.Dsps);
        Assert.Equal(10 + 12 + 11 + 11, estimate.LatencyClocks);
    }

    [Fact]
    public void Narrow_weights_move_multipliers_from_dsps_to_luts()
    {
        var layer = new DenseLayerShape(16, 64);

        var tenBits = DenseNetworkFpgaCost.EstimateLayer(layer, new FixedPointPrecision(10), reuseFactor: 1);
        var nineBits = DenseNetworkFpgaCost.EstimateLayer(layer, new FixedPointPrecision(9), reuseFactor: 1);

        Assert.Equal(1_024, tenBits.Dsps);
        Assert.Equal(64 * (10 + 16 + 4), tenBits.Luts);
        Assert.Equal(0, nineBits.Dsps);
        // 1024 multipliers * 1.27 * 9 * 16 + 64 * (9 + 16 + 4) = 187,269.12 + 1,856
        Assert.Equal(189_125, nineBits.Luts);
    }

    [Theory]
    [InlineData(9, 16, 0)]
    [InlineData(16, 8, 0)]
    [InlineData(10, 16, 1)]
    [InlineData(18, 27, 1)]
    [InlineData(20, 16, 1)]
    [InlineData(20, 20, 2)]
    [InlineData(16, 28, 2)]
    public void Dsps_per_multiplier_follow_the_dsp48_operand_widths(int weightBits, int activationBits, int dsps)
    {
        Assert.Equal(dsps, new FixedPointPrecision(weightBits, activationBits).DspsPerMultiplier);
    }

    [Fact]
    public void Layers_above_the_unroll_limit_get_a_larger_reuse_factor()
    {
        var estimate = DenseNetworkFpgaCost.EstimateLayer(new DenseLayerShape(128, 64), new FixedPointPrecision(16), reuseFactor: 1);

        Assert.Equal(2, estimate.ReuseFactor);          // 8192 / 4096
        Assert.Equal(4_096, estimate.Multipliers);
    }

    [Fact]
    public void Reuse_factor_beyond_the_weight_count_builds_one_multiplier()
    {
        var estimate = DenseNetworkFpgaCost.EstimateLayer(new DenseLayerShape(2, 1), new FixedPointPrecision(16), reuseFactor: 32);

        Assert.Equal(2, estimate.ReuseFactor);
        Assert.Equal(1, estimate.Multipliers);
    }

    [Fact]
    public void Pruned_weights_need_no_multipliers()
    {
        Assert.Equal(512, new DenseLayerShape(16, 64, Sparsity: 0.5).Multiplications);
    }
}
