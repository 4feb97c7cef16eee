using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Space;

public class ValidationTests
{
    private static SearchSpaceException Rejected(params Parameter[] parameters) =>
        Assert.Throws<SearchSpaceException>(() => new SearchSpace(parameters));

    [Fact]
    public void An_empty_float_range_names_the_parameter()
    {
        var error = Rejected(new FloatParameter("ok", 0, 1), new FloatParameter("lr", 0.5, 0.5));

        Assert.Equal("lr", error.Parameter);
        Assert.Contains("'lr'", error.Message);
        Assert.Contains("empty range", error.Message);
    }

    [Fact]
    public void An_empty_integer_range_names_the_parameter()
    {
        Assert.Equal("trees", Rejected(new IntParameter("trees", 10, 9)).Parameter);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void A_log_float_with_low_not_positive_names_the_parameter(double low)
    {
        var error = Rejected(new FloatParameter("lr", low, 1, Log: true));

        Assert.Equal("lr", error.Parameter);
        Assert.Contains("log", error.Message);
    }

    [Fact]
    public void A_log_integer_with_low_zero_names_the_parameter()
    {
        Assert.Equal("batch", Rejected(new IntParameter("batch", 0, 64, Log: true)).Parameter);
    }

    [Fact]
    public void Duplicate_names_name_the_parameter()
    {
        var error = Rejected(new FloatParameter("x", 0, 1), new IntParameter("x", 0, 3));

        Assert.Equal("x", error.Parameter);
        Assert.Contains("duplicate", error.Message);
    }

    [Fact]
    public void A_categorical_without_choices_names_the_parameter()
    {
        Assert.Equal("booster", Rejected(new CategoricalParameter("booster", [])).Parameter);
    }

    [Fact]
    public void A_categorical_with_a_repeated_choice_names_the_parameter()
    {
        Assert.Equal("booster", Rejected(new CategoricalParameter("booster", ["gbdt", "gbdt"])).Parameter);
    }

    [Fact]
    public void A_value_outside_the_range_names_the_parameter_on_encode()
    {
        var space = new SearchSpace([new FloatParameter("lr", 0.1, 1)]);

        var error = Assert.Throws<SearchSpaceException>(() => space.Encode(new Dictionary<string, ParameterValue> { ["lr"] = ParameterValue.Of(2) }));

        Assert.Equal("lr", error.Parameter);
    }
}
