using Optimizer.Core.Models;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// Where a <see cref="MultiObjectiveOptions.Acquisition"/> choice becomes the component a
/// <see cref="MultiObjectiveGpStrategy"/> is composed with: NEHVI for 2-3 objectives unless told otherwise, ParEGO beyond.
/// </summary>
internal static class MultiObjectiveAcquisitions
{
    /// <summary>The acquisition <paramref name="options"/> names for <paramref name="objectives"/>, its models seeded from <paramref name="seed"/>.</summary>
    public static IMultiObjectiveAcquisitionFactory From(SearchSpace space, IReadOnlyList<Objective> objectives, MultiObjectiveOptions options, int seed)
    {
        var kind = options.Acquisition ?? (objectives.Count <= 3 ? MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement : MultiObjectiveAcquisition.Parego);
        return kind == MultiObjectiveAcquisition.Parego
            ? new ParegoFactory(objectives.Count, new OutcomeModel(Settings(options, negate: false, powerTransform: true), SeedMixer.Mix(seed, 99), "the ParEGO scalarization", options.Warn), options.Worlds)
            : new NehviFactory(space, objectives, options.Metrics, ObjectiveModels(objectives, options, seed), options.Worlds, options.SampledFeasibility);
    }

    private static OutcomeModelSettings Settings(MultiObjectiveOptions options, bool negate, bool powerTransform) =>
        new(negate, LogWarp: false, powerTransform, options.Refit, options.FitOptions);

    // A GP per objective that is not a closed form; power transforms off, since hypervolumes are computed in model units.
    private static OutcomeModel?[] ObjectiveModels(IReadOnlyList<Objective> objectives, MultiObjectiveOptions options, int seed) => objectives
        .Select((o, j) => options.Metrics.TryGet(o.Name, out _)
            ? null
            : new OutcomeModel(Settings(options, o.Direction == ObjectiveDirection.Minimize, powerTransform: false), SeedMixer.Mix(seed, 100 + j), $"objective '{o.Name}'", options.Warn))
        .ToArray();
}
