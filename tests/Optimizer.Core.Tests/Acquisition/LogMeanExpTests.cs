using Optimizer.Core.Acquisition;

namespace Optimizer.Core.Tests.Acquisition;

public sealed class LogMeanExpTests
{
    [Fact]
    public void Values_far_beyond_exp_range_average_to_the_log_of_their_mean_and_weigh_by_their_share()
    {
        // exp(1000) overflows; log((e^1000 + 3 e^1000 + e^-1000) / 3) = 1000 + log(4/3) in double precision.
        double[] logs = [1000.0, 1000.0 + Math.Log(3.0), -1000.0];
        var weights = new double[3];

        var value = LogMeanExp.Of(logs, weights);

        Assert.Equal(1000.0 + Math.Log(4.0 / 3.0), value, 12);
        Assert.Equal(0.25, weights[0], 12);
        Assert.Equal(0.75, weights[1], 12);
        Assert.Equal(0.0, weights[2], 12);
    }

    [Fact]
    public void Every_value_minus_infinity_gives_minus_infinity_and_no_weight()
    {
        var weights = new[] { 9.0, 9.0 };

        var value = LogMeanExp.Of([double.NegativeInfinity, double.NegativeInfinity], weights);

        Assert.Equal(double.NegativeInfinity, value);
        Assert.Equal([0.0, 0.0], weights);
    }
}
