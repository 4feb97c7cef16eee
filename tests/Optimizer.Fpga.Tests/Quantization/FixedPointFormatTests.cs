using Optimizer.Fpga.Quantization;

namespace Optimizer.Fpga.Tests.Quantization;

public class FixedPointFormatTests
{
    [Fact]
    public void Ap_fixed_8_3_rounds_to_steps_of_one_32nd_and_saturates()
    {
        var format = new FixedPointFormat(8, 3);

        Assert.Equal(1.0 / 32, format.Step);
        Assert.Equal(3.0 / 32, format.Quantize(0.1));
        Assert.Equal(4 - 1.0 / 32, format.Quantize(10));
        Assert.Equal(-4, format.Quantize(-10));
    }

    [Theory]
    [InlineData(0.7, 1)]
    [InlineData(3.0, 3)]
    [InlineData(4.0, 4)]
    [InlineData(0.2, -1)]
    public void Covering_format_takes_the_fewest_integer_bits_holding_the_range(double maxAbs, int integerBits)
    {
        Assert.Equal(integerBits, FixedPointFormat.Covering(6, maxAbs).IntegerBits);
    }

    [Fact]
    public void Uniform_quantizer_maps_the_range_onto_integer_codes()
    {
        var quantizer = new UniformQuantizer(0, 1, bits: 2);

        Assert.Equal(0, quantizer.Code(-5));
        Assert.Equal(1, quantizer.Code(0.4));
        Assert.Equal(3, quantizer.Code(1));
        Assert.Equal(3, quantizer.Code(7));
    }
}
