using Optimizer.Core.Problems;

namespace Optimizer.Core.Tests.Problems;

public class ProblemOptimumTests
{
    private static IProblem Create(string name) => name switch
    {
        "branin" => new Branin(),
        "hartmann6" => new Hartmann6(),
        "ackley5" => new Ackley(5),
        "rosenbrock4" => new Rosenbrock(4),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [InlineData("branin", 0.39788735772973816)]
    [InlineData("hartmann6", -3.322368011415515)]
    [InlineData("ackley5", 0.0)]
    [InlineData("rosenbrock4", 0.0)]
    public void Known_optimum_locations_give_the_known_optimal_value(string name, double optimum)
    {
        var problem = Create(name);
        Assert.Equal(name, problem.Name);
        var known = Assert.IsType<KnownOptimum>(problem.Optimum);
        Assert.Equal(optimum, known.Value, 1e-4);
        Assert.NotEmpty(known.Locations);
        foreach (var location in known.Locations)
        {
            problem.Space.Encode(location);
            Assert.Equal(optimum, problem.Evaluate(location)["f"], 1e-4);
        }
    }

    [Fact]
    public void Multi_objective_problems_have_no_single_optimum()
    {
        Assert.Null(new BraninCurrin().Optimum);
        Assert.Null(new Zdt1().Optimum);
        Assert.Null(new Zdt2().Optimum);
    }

    [Fact]
    public void Problems_have_the_documented_dimensions_and_objectives()
    {
        Assert.Equal(2, new Branin().Space.Dimension);
        Assert.Equal(6, new Hartmann6().Space.Dimension);
        Assert.Equal(5, new Ackley().Space.Dimension);
        Assert.Equal(4, new Rosenbrock().Space.Dimension);
        Assert.Equal(6, new Zdt1().Space.Dimension);
        Assert.Equal(["f1", "f2"], new BraninCurrin().Objectives.Select(o => o.Name));
    }
}
