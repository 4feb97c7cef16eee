using Optimizer.Core.Problems;
using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Problems;

public class ProblemValueTests
{
    private static Assignment Point(params double[] x) =>
        x.Select((v, i) => (Name: $"x{i + 1}", Value: ParameterValue.Of(v))).ToDictionary(t => t.Name, t => t.Value);

    [Fact]
    public void Branin_at_the_origin_is_56_minus_5_over_4_pi()
    {
        Assert.Equal(56 - 5 / (4 * Math.PI), new Branin().Evaluate(Point(0, 0))["f"], 1e-10);
    }

    [Fact]
    public void Hartmann6_at_the_centre()
    {
        Assert.Equal(-0.505315, new Hartmann6().Evaluate(Point(0.5, 0.5, 0.5, 0.5, 0.5, 0.5))["f"], 1e-6);
    }

    [Fact]
    public void Ackley_at_the_ones_vector_is_20_times_one_minus_exp_minus_one_fifth()
    {
        Assert.Equal(20 * (1 - Math.Exp(-0.2)), new Ackley(5).Evaluate(Point(1, 1, 1, 1, 1))["f"], 1e-10);
    }

    [Fact]
    public void Rosenbrock_at_the_origin_is_d_minus_one()
    {
        Assert.Equal(3.0, new Rosenbrock(4).Evaluate(Point(0, 0, 0, 0))["f"], 1e-12);
    }

    [Fact]
    public void Branin_Currin_at_the_centre()
    {
        var values = new BraninCurrin().Evaluate(Point(0.5, 0.5));

        Assert.Equal(24.129964, values["f1"], 1e-6);
        // (1 - e^-1) * 1868.5 / 159.5
        Assert.Equal((1 - Math.Exp(-1)) * 1868.5 / 159.5, values["f2"], 1e-10);
    }

    [Fact]
    public void Currin_is_finite_on_the_edge_x2_equals_zero()
    {
        Assert.Equal(3.0, new BraninCurrin().Evaluate(Point(0, 0))["f2"], 1e-12);
    }

    [Fact]
    public void Zdt_on_the_Pareto_front_follows_the_front_shape()
    {
        var onFront = Point(0.25, 0, 0, 0, 0, 0);

        Assert.Equal(0.5, new Zdt1().Evaluate(onFront)["f2"], 1e-12);
        Assert.Equal(0.9375, new Zdt2().Evaluate(onFront)["f2"], 1e-12);
        Assert.Equal(0.25, new Zdt1().Evaluate(onFront)["f1"], 1e-12);
    }

    [Fact]
    public void Zdt_far_from_the_front()
    {
        var corner = Point(1, 1, 1, 1, 1, 1);

        Assert.Equal(10 * (1 - Math.Sqrt(0.1)), new Zdt1().Evaluate(corner)["f2"], 1e-12);
        Assert.Equal(9.9, new Zdt2().Evaluate(corner)["f2"], 1e-12);
    }

    [Fact]
    public void A_missing_parameter_is_named()
    {
        var error = Assert.Throws<SearchSpaceException>(() => new Branin().Evaluate(Point(1)));
        Assert.Equal("x2", error.Parameter);
    }
}
