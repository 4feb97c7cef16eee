using Optimizer.Cluster.Evaluators;

namespace Optimizer.Cluster.Tests.Evaluators;

public sealed class MetricsValidatorTests
{
    private readonly MetricsValidator _validator = new(["auc", "luts", "latency_clocks"]);

    [Fact]
    public void Complete_finite_values_pass_with_extras_kept()
    {
        var values = new Dictionary<string, double> { ["auc"] = 0.9, ["luts"] = 4e4, ["latency_clocks"] = 42, ["epochs"] = 30 };

        var result = _validator.Validate(values);

        Assert.Same(values, result.Values);
    }

    [Fact]
    public void An_empty_report_says_so()
    {
        var result = _validator.Validate(new Dictionary<string, double>());

        Assert.Equal("missing metrics 'auc', 'luts', 'latency_clocks'; the evaluator reported none", result.Error);
    }

    [Fact]
    public void Every_missing_metric_is_named()
    {
        var result = _validator.Validate(new Dictionary<string, double> { ["luts"] = 4e4 });

        Assert.Equal("missing metrics 'auc', 'latency_clocks'; the evaluator reported 'luts'", result.Error);
    }

    [Theory]
    [InlineData(double.NaN, "metric 'luts' is NaN")]
    [InlineData(double.PositiveInfinity, "metric 'luts' is +infinite")]
    [InlineData(double.NegativeInfinity, "metric 'luts' is -infinite")]
    public void Non_finite_value_fails_naming_the_metric(double luts, string reason)
    {
        var result = _validator.Validate(new Dictionary<string, double> { ["auc"] = 0.9, ["luts"] = luts, ["latency_clocks"] = 42 });

        Assert.Equal(reason, result.Error);
    }

    [Fact]
    public void Non_finite_extra_metric_fails_too()
    {
        var result = _validator.Validate(new Dictionary<string, double> { ["auc"] = 0.9, ["luts"] = 1, ["latency_clocks"] = 42, ["loss"] = double.NaN });

        Assert.Equal("metric 'loss' is NaN", result.Error);
    }
}
