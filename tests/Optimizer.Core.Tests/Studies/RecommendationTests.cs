using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Studies;

public sealed class RecommendationTests
{
    private static readonly Branin Problem = new();
    private static readonly SearchSpace Line = new([new FloatParameter("x", 0, 1)]);

    // 40 Sobol points of Branin observed with N(0, 10^2) noise, one of them a mediocre point with a lucky draw of -40.
    private static Study NoisyStudy()
    {
        var study = new Study(Problem.Space, Problem.Objectives, new SobolStrategy(Problem.Space, 5));
        var noise = new NoisyProblem(Problem, 10.0, new Random(11));
        for (var i = 0; i < 40; i++)
        {
            var trial = study.Ask();
            var observed = noise.Evaluate(trial.Parameters)["f"];
            study.Tell(trial, new Dictionary<string, double> { ["f"] = i == 7 ? Problem.Evaluate(trial.Parameters)["f"] - 40 : observed });
        }
        return study;
    }

    [Fact]
    public void Posterior_mean_recommendation_is_not_fooled_by_a_lucky_draw()
    {
        var study = NoisyStudy();

        var recommendation = study.Recommend()!;
        var bestObserved = study.BestTrial!;

        Assert.Equal(7, bestObserved.Number);
        Assert.NotEqual(bestObserved.Number, recommendation.Trial.Number);
        var recommendedTrue = Problem.Evaluate(recommendation.Trial.Parameters)["f"];
        Assert.True(recommendedTrue < Problem.Evaluate(bestObserved.Parameters)["f"], $"recommended true value {recommendedTrue}");
        Assert.True(recommendedTrue < 5, $"recommended true value {recommendedTrue} (optimum 0.398)");
        Assert.InRange(recommendation.PredictedValue, recommendedTrue - 4 * recommendation.PredictedStandardDeviation - 4, recommendedTrue + 4 * recommendation.PredictedStandardDeviation + 4);
        Assert.True(recommendation.PredictedStandardDeviation > 0);
    }

    [Fact]
    public void Recommendation_is_deterministic_and_needs_two_complete_trials()
    {
        Assert.Equal(NoisyStudy().Recommend()!.Trial.Number, NoisyStudy().Recommend()!.Trial.Number);
        Assert.Equal(NoisyStudy().Recommend()!.PredictedValue, NoisyStudy().Recommend()!.PredictedValue);

        var study = new Study(Problem.Space, Problem.Objectives, new SobolStrategy(Problem.Space, 0));
        Assert.Null(study.Recommend());
        var first = study.Ask();
        study.Tell(first, Problem.Evaluate(first.Parameters));
        Assert.Null(study.Recommend());
        study.Fail(study.Ask(), "crashed");
        Assert.Null(study.Recommend());
    }

    [Fact]
    public void Infeasible_trials_are_never_recommended()
    {
        var study = NoisyStudy();
        var trials = study.Trials.Select(t => t with { Values = new Dictionary<string, double>(t.Values) { ["c"] = t.Parameters["x1"].Number } }).ToList();
        OutcomeConstraint[] constraints = [new("c", null, 0.0)];

        var recommendation = Recommendation.FromTrials(Problem.Space, Problem.Objectives[0], trials, constraints)!;

        Assert.True(recommendation.Trial.Parameters["x1"].Number <= 0.0);
    }

    private static Trial[] Trials(double[] xs, double[] losses) =>
        xs.Select((x, i) => new Trial(i, TrialState.Complete, new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(x) },
            new Dictionary<string, double> { ["loss"] = losses[i] }, 1, "local-1", null, null, null)).ToArray();

    public static TheoryData<string, double[], double[]> HostileValues => new()
    {
        { "every value the same", [0.1, 0.4, 0.7, 0.9], [2.5, 2.5, 2.5, 2.5] },
        { "near the largest double", [0.1, 0.4, 0.7, 0.9], [1.5e308, 1.2e308, -1.5e308, 1.4e308] },
        { "three hundred decades apart", [0.1, 0.4, 0.7, 0.9], [1e-300, 1e300, 3.0, -1e299] },
        { "one point measured twice, differently", [0.5, 0.5, 0.2], [1.0, 3.0, 2.0] },
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void Finite_values_of_any_size_or_repetition_give_a_trial_and_a_finite_prediction(string label, double[] xs, double[] losses)
    {
        var recommendation = Recommendation.FromTrials(Line, new Objective("loss", ObjectiveDirection.Minimize), Trials(xs, losses));

        Assert.NotNull(recommendation);
        Assert.True(double.IsFinite(recommendation.PredictedValue) && double.IsFinite(recommendation.PredictedStandardDeviation),
            $"{label}: trial {recommendation.Trial.Number}, {recommendation.PredictedValue} ± {recommendation.PredictedStandardDeviation}");
    }
}
