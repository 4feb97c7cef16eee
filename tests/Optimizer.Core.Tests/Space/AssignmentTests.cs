using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Space;

public sealed class AssignmentTests
{
    [Fact]
    public void A_point_keeps_the_order_its_values_were_given_in()
    {
        Assignment point = new Dictionary<string, ParameterValue>
        {
            ["z"] = ParameterValue.Of(1.0),
            ["a"] = ParameterValue.Of("dart"),
            ["m"] = ParameterValue.Of(3.0),
        };

        Assert.Equal(["z", "a", "m"], point.Keys);
        Assert.Equal("dart", point["a"].Choice);
        Assert.Equal(3, point.Count);
    }

    [Fact]
    public void A_point_made_from_a_dictionary_does_not_change_with_it()
    {
        var values = new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(1.0) };
        Assignment point = values;

        values["x"] = ParameterValue.Of(2.0);
        values["y"] = ParameterValue.Of(3.0);

        Assert.Equal(1.0, point["x"].Number);
        Assert.False(point.ContainsKey("y"));
    }

    [Fact]
    public void A_repeated_name_is_refused()
    {
        var values = new[] { KeyValuePair.Create("x", ParameterValue.Of(1.0)), KeyValuePair.Create("x", ParameterValue.Of(2.0)) };

        Assert.Throws<ArgumentException>(() => new Assignment(values));
    }
}
