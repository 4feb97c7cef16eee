using Optimizer.Core.Problems;
using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Problems;

public class NoisyProblemTests
{
    private static readonly Assignment Origin =
        new Dictionary<string, ParameterValue> { ["x1"] = ParameterValue.Of(0), ["x2"] = ParameterValue.Of(0) };

    [Fact]
    public void Same_seed_gives_the_same_noise()
    {
        var a = new NoisyProblem(new Branin(), 0.5, new Random(3));
        var b = new NoisyProblem(new Branin(), 0.5, new Random(3));

        for (var i = 0; i < 10; i++)
            Assert.Equal(a.Evaluate(Origin)["f"], b.Evaluate(Origin)["f"]);
    }

    [Fact]
    public void Noise_has_mean_zero_and_the_given_standard_deviation()
    {
        var problem = new NoisyProblem(new Branin(), 2.0, new Random(1));
        var exact = new Branin().Evaluate(Origin)["f"];

        var errors = Enumerable.Range(0, 20000).Select(_ => problem.Evaluate(Origin)["f"] - exact).ToArray();
        var mean = errors.Average();
        var std = Math.Sqrt(errors.Select(e => (e - mean) * (e - mean)).Sum() / (errors.Length - 1));

        Assert.InRange(mean, -0.05, 0.05);
        Assert.InRange(std, 1.95, 2.05);
    }

    [Fact]
    public void Every_objective_is_noisy_and_the_optimum_is_the_noise_free_one()
    {
        var problem = new NoisyProblem(new BraninCurrin(), 1.0, new Random(2));
        var exact = new BraninCurrin().Evaluate(Origin);
        var noisy = problem.Evaluate(Origin);

        Assert.NotEqual(exact["f1"], noisy["f1"]);
        Assert.NotEqual(exact["f2"], noisy["f2"]);
        Assert.Equal("branin-currin-noisy", problem.Name);
        Assert.Equal(new Branin().Optimum!.Value, new NoisyProblem(new Branin(), 1.0, new Random(0)).Optimum!.Value);
    }

    [Fact]
    public void Zero_noise_gives_the_exact_values()
    {
        Assert.Equal(new Branin().Evaluate(Origin)["f"], new NoisyProblem(new Branin(), 0.0, new Random(0)).Evaluate(Origin)["f"]);
    }

    [Fact]
    public void Noise_that_varies_over_the_space_is_drawn_at_its_sd_there_and_reported()
    {
        var far = new Dictionary<string, ParameterValue> { ["x1"] = ParameterValue.Of(10), ["x2"] = ParameterValue.Of(0) };
        var problem = NoisyProblem.WithReportedErrors(new Branin(), x => x["x1"].Number > 5 ? 3.0 : 0.5, new Random(4));

        var spreadHere = Spread(Enumerable.Range(0, 20000).Select(_ => problem.Evaluate(Origin)).ToArray(), Origin);
        var spreadFar = Spread(Enumerable.Range(0, 20000).Select(_ => problem.Evaluate(far)).ToArray(), far);

        Assert.InRange(spreadHere, 0.49, 0.51);
        Assert.InRange(spreadFar, 2.94, 3.06);
        Assert.Equal(3.0, problem.Evaluate(far)["f_err"]);
        Assert.Equal("f_err", problem.StatedObjective.NoiseSdMetric);
        Assert.Null(problem.NoiseStandardDeviation);
        Assert.Equal(0.5, new NoisyProblem(new Branin(), 0.5, new Random(0)).StatedObjective.NoiseSd);
        Assert.Throws<InvalidOperationException>(() => NoisyProblem.WithReportedErrors(new Branin(), _ => -1.0, new Random(0)).Evaluate(Origin));
    }

    private static double Spread(IReadOnlyDictionary<string, double>[] draws, Assignment at)
    {
        var exact = new Branin().Evaluate(at)["f"];
        return Math.Sqrt(draws.Average(d => Math.Pow(d["f"] - exact, 2)));
    }
}
