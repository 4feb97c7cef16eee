using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Studies;

public sealed class RecommendationTests
{
    private static readonly SearchSpace Space = new([new FloatParameter("x", 0, 1)]);

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
        var recommendation = Recommendation.FromTrials(Space, new Objective("loss", ObjectiveDirection.Minimize), Trials(xs, losses));

        Assert.NotNull(recommendation);
        Assert.True(double.IsFinite(recommendation.PredictedValue) && double.IsFinite(recommendation.PredictedStandardDeviation),
            $"{label}: trial {recommendation.Trial.Number}, {recommendation.PredictedValue} ± {recommendation.PredictedStandardDeviation}");
    }
}
