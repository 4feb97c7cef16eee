using Optimizer.Cluster.Evaluators;

namespace Optimizer.Cluster.Tests.Evaluators;

public sealed class MetricsParserTests
{
    [Fact]
    public void Numbers_of_every_json_form_are_read()
    {
        var result = MetricsParser.Parse("""{"auc": 0.93, "luts": 41200, "rate": -1.5e-3}""");

        Assert.Equal(new Dictionary<string, double> { ["auc"] = 0.93, ["luts"] = 41200, ["rate"] = -1.5e-3 }, result.Values);
    }

    [Theory]
    [InlineData("""{"auc": NaN}""", double.NaN)]
    [InlineData("""{"auc": Infinity}""", double.PositiveInfinity)]
    [InlineData("""{"auc": -Infinity}""", double.NegativeInfinity)]
    [InlineData("""{"auc": "nan"}""", double.NaN)]
    [InlineData("""{"auc": "inf"}""", double.PositiveInfinity)]
    [InlineData("""{"auc": "-Infinity"}""", double.NegativeInfinity)]
    public void Non_finite_literals_and_strings_are_read_so_validation_can_reject_them_by_name(string json, double expected)
    {
        Assert.Equal(expected, MetricsParser.Parse(json).Values!["auc"]);
    }

    [Fact]
    public void Literals_inside_strings_are_left_alone()
    {
        var result = MetricsParser.Parse("""{"note \"NaN\" Infinity": 1, "auc": 0.5}""");

        Assert.Equal(1, result.Values!["note \"NaN\" Infinity"]);
    }

    [Theory]
    [InlineData("""{"auc": "high"}""", "metric 'auc' is not a number (\"high\")")]
    [InlineData("""{"auc": true}""", "metric 'auc' is not a number (true)")]
    [InlineData("""{"auc": null}""", "metric 'auc' is not a number (null)")]
    [InlineData("""{"auc": [0.9]}""", "metric 'auc' is not a number ([0.9])")]
    [InlineData("""[0.9, 0.1]""", "expected a JSON object of metrics, found an array")]
    public void Values_that_are_not_numbers_fail_naming_the_metric(string json, string reason)
    {
        Assert.Equal(reason, MetricsParser.Parse(json).Error);
    }

    [Fact]
    public void Invalid_json_fails_with_the_parser_message()
    {
        Assert.StartsWith("not valid JSON (", MetricsParser.Parse("auc = 0.9").Error);
    }

    [Theory]
    [InlineData("""{"auc": 0.9}""", true)]
    [InlineData("""   {"auc": NaN}  """, true)]
    [InlineData("{}", true)]
    [InlineData("{ epoch 3 }", false)]
    [InlineData("""{"auc": 0.9} trailing""", false)]
    [InlineData("[1, 2]", false)]
    [InlineData("loss 0.3", false)]
    [InlineData("", false)]
    public void A_stdout_line_is_a_metrics_candidate_only_when_it_is_one_json_object(string line, bool expected)
    {
        Assert.Equal(expected, MetricsParser.IsJsonObject(line));
    }
}
