using Optimizer.Core.Models;
using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Studies;

namespace Optimizer.Service.Serving;

/// <summary>What <c>best</c> and <c>recommend</c> answer, from the complete trials of a study.</summary>
public static class BestTrials
{
    /// <summary>
    /// The feasible complete trials no other feasible one beats: for one objective the best value (every trial
    /// sharing it), for several the Pareto front. Empty before a feasible trial.
    /// </summary>
    public static IReadOnlyList<Trial> Best(IReadOnlyList<Trial> trials, StudyDefinition definition)
    {
        var complete = trials.Where(t => t.State == TrialState.Complete).ToArray();
        var observations = complete.Select(t => new Observation(t.Parameters, t.Values)).ToArray();
        return ParetoFront.Select(observations, definition.Objectives, definition.Constraints).Select(i => complete[i]).ToArray();
    }

    /// <summary>
    /// For one objective, the feasible complete trial with the best posterior mean of a GP on every feasible one
    /// (<see cref="Core.Studies.Recommendation.FromTrials"/>; the best observed one below two trials): the point to trust in a noisy study. For several objectives the
    /// Pareto front, as <see cref="Best"/>. Null before a feasible trial.
    /// </summary>
    public static RecommendedTrials? Recommend(IReadOnlyList<Trial> trials, StudyDefinition definition, int seed)
    {
        if (definition.Objectives.Count > 1)
        {
            var front = Best(trials, definition);
            return front.Count == 0 ? null : new RecommendedTrials(front, RecommendedTrials.ByParetoFront, null);
        }
        var modelled = Core.Studies.Recommendation.FromTrials(definition.Space, definition.Objectives[0], trials, definition.Constraints, seed);
        if (modelled is not null)
            return new RecommendedTrials([modelled.Trial], RecommendedTrials.ByPosteriorMean, modelled.PredictedValue);
        var best = Best(trials, definition);
        return best.Count == 0 ? null : new RecommendedTrials([best[0]], RecommendedTrials.ByBestObserved, null);
    }
}

/// <summary>The recommended trials, how they were chosen (<see cref="Method"/>) and, by a model, the posterior mean.</summary>
public sealed record RecommendedTrials(IReadOnlyList<Trial> Trials, string Method, double? PosteriorMean)
{
    public const string ByPosteriorMean = "posterior-mean";
    public const string ByBestObserved = "best-observed";
    public const string ByParetoFront = "pareto-front";
}
