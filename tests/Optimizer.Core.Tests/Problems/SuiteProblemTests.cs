using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Problems;

/// <summary>The public suite's problems (bench/Optimizer.Bench/references, problems.md) against the values it documents.</summary>
public class SuiteProblemTests
{
    private static Assignment Point(params double[] x) =>
        x.Select((v, i) => (Name: $"x{i + 1}", Value: ParameterValue.Of(v))).ToDictionary(t => t.Name, t => t.Value);

    public static TheoryData<string> SingleObjective => new() { "branin", "hartmann6", "michalewicz", "shekel", "six_hump_camel", "griewank", "rastrigin" };

    private static IProblem Create(string name) => name switch
    {
        "branin" => new Branin(),
        "hartmann6" => new Hartmann6(),
        "michalewicz" => new Michalewicz(),
        "shekel" => new Shekel(),
        "six_hump_camel" => new SixHumpCamel(),
        "griewank" => new Griewank(),
        "rastrigin" => new Rastrigin(),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(SingleObjective))]
    public void Documented_minimizers_attain_the_documented_optimum_to_double_precision(string name)
    {
        var problem = Create(name);
        var optimum = problem.Optimum!;
        foreach (var location in optimum.Locations)
        {
            problem.Space.Encode(location);
            Assert.Equal(optimum.Value, problem.Evaluate(location)["f"], 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(SingleObjective))]
    public void No_sobol_point_beats_the_optimum(string name)
    {
        var problem = Create(name);
        var sobol = new ScrambledSobol(problem.Space.Dimension, 7);
        var best = sobol.Sample(4096).Min(u => problem.Evaluate(problem.Space.Decode(u))["f"]);
        Assert.True(best >= problem.Optimum!.Value, $"{name}: a Sobol point has {best} below the optimum {problem.Optimum.Value}");
    }

    [Fact]
    public void Suite_optimum_values_are_the_ones_of_the_protocol()
    {
        Assert.Equal(0.39788735772973816, new Branin().Optimum.Value, 1e-16);
        Assert.Equal(-3.322368011415515, new Hartmann6().Optimum.Value);
        Assert.Equal(-4.687658179088148, new Michalewicz().Optimum.Value);
        Assert.Equal(-10.536443153483532, new Shekel().Optimum.Value);
        Assert.Equal(-1.0316284534898774, new SixHumpCamel().Optimum.Value);
    }

    [Fact]
    public void Values_away_from_the_optimum_match_hand_computations()
    {
        // Rastrigin at (1, 0, 0, 0): 40 + 1 - 10 - 30 = 1; Griewank at x1 = pi: pi^2 / 4000 - cos(pi) + 1.
        Assert.Equal(1.0, new Rastrigin().Evaluate(Point(1, 0, 0, 0))["f"], 1e-12);
        Assert.Equal(Math.PI * Math.PI / 4000 + 2, new Griewank().Evaluate(Point(Math.PI, 0, 0, 0, 0))["f"], 1e-12);
        // Six-hump camel at (1, 1): (4 - 2.1 + 1/3) + 1 + 0 = 3.2333...
        Assert.Equal(4 - 2.1 + 1.0 / 3 + 1, new SixHumpCamel().Evaluate(Point(1, 1))["f"], 1e-12);
    }

    [Fact]
    public void Vehicle_safety_at_the_lower_corner_matches_the_formulas()
    {
        var values = new VehicleSafety().Evaluate(Point(1, 1, 1, 1, 1));
        Assert.Equal(1640.2823 + 2.3573285 + 2.3220035 + 4.5688768 + 7.7213633 + 4.4559504, values["f1"], 1e-9);
        Assert.Equal(6.5856 + 1.15 - 1.0427 + 0.9738 + 0.8364 - 0.3695 + 0.0861 + 0.3628 - 0.1106 - 0.3437 + 0.1764, values["f2"], 1e-12);
        Assert.Equal(-0.0551 + 0.0181 + 0.1024 + 0.0421 - 0.0073 + 0.024 - 0.0118 - 0.0204 - 0.008 - 0.0241 + 0.0109, values["f3"], 1e-12);
    }

    [Fact]
    public void Srn_front_end_point_has_the_documented_objectives_and_lies_at_the_feasible_edge()
    {
        var srn = new Srn();
        var values = srn.Evaluate(Point(1.4, 3.8));
        Assert.Equal(5.6, values["f1"], 1e-12);
        Assert.Equal(4.76, values["f2"], 1e-12);
        Assert.True(Feasibility.IsFeasible(srn.Evaluate(Point(1.4, 3.85)), srn.Constraints));
        Assert.False(Feasibility.IsFeasible(srn.Evaluate(Point(0, 0)), srn.Constraints));
    }

    [Theory]
    [InlineData("srn", 0.0015, 0.0035)]
    [InlineData("c2dtlz2", 0.19, 0.25)]
    public void Feasible_fraction_of_the_box_is_the_documented_one(string name, double low, double high)
    {
        BoxProblem problem = name == "srn" ? new Srn() : new C2Dtlz2();
        var random = new Random(3);
        const int draws = 200_000;
        var feasible = 0;
        for (var k = 0; k < draws; k++)
        {
            var u = Enumerable.Range(0, problem.Space.Dimension).Select(_ => random.NextDouble()).ToArray();
            if (Feasibility.IsFeasible(problem.Evaluate(problem.Space.Decode(u)), problem.Constraints)) feasible++;
        }
        Assert.InRange((double)feasible / draws, low, high);
    }

    [Fact]
    public void Branin_currin_takes_the_limit_on_the_u2_zero_boundary()
    {
        var values = new BraninCurrin().Evaluate(Point(0.5, 0.0));
        Assert.True(double.IsFinite(values["f2"]));
        Assert.Equal((2300 * 0.125 + 1900 * 0.25 + 2092 * 0.5 + 60) / (100 * 0.125 + 500 * 0.25 + 4 * 0.5 + 20), values["f2"], 1e-12);
    }

    [Fact]
    public void Zdt2_front_is_one_minus_f1_squared()
    {
        var values = new Zdt2(4).Evaluate(Point(0.5, 0, 0, 0));
        Assert.Equal(0.5, values["f1"]);
        Assert.Equal(0.75, values["f2"], 1e-12);
    }
}
