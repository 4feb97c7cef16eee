using Ares.Tuning;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Ares.Compare;

/// <summary>
/// Drives an <see cref="IStrategy"/> sequentially through the ask/tell <see cref="Study"/> on the objective
/// log_mae = ln(MAE / 1 m), minimized: the same as maximizing -log(MAE) as Kaiser et al. 2024 did.
/// </summary>
internal sealed class StudyTuning(string name, Func<SearchSpace, Objective, int, IStrategy> strategy) : ITuningAlgorithm
{
    public static readonly Objective LogError = new("log_mae", ObjectiveDirection.Minimize);

    public static SearchSpace Space { get; } = new(
        MagnetSettings.Names.Select((n, i) => (Parameter)new FloatParameter(n, MagnetSettings.Lower[i], MagnetSettings.Upper[i])).ToArray());

    /// <summary>GP-BO with LogNEI after 5 scrambled-Sobol points (Kaiser et al. started from 5 samples).</summary>
    public static StudyTuning BayesianOptimization() =>
        new("GP-BO", (space, objective, seed) => new GaussianProcessStrategy(space, objective, new GaussianProcessOptions { InitialTrials = 5 }, seed));

    /// <summary>The same GP-BO with every candidate searched for in TuRBO-1's trust region (the study-file kind <c>turbo</c>).</summary>
    public static StudyTuning TrustRegionBayesianOptimization() =>
        new("GP-BO TuRBO", (space, objective, seed) => new GaussianProcessStrategy(
            space, objective, new GaussianProcessOptions { InitialTrials = 5, TrustRegion = new TrustRegionOptions() }, seed));

    public static StudyTuning RandomSearch() => new("Random", (space, _, seed) => new RandomStrategy(space, seed));

    public string Name { get; } = name;

    public void Run(TuningEpisode episode, int seed)
    {
        var study = new Study(Space, [LogError], strategy(Space, LogError, seed));
        // Every optimiser starts from the magnets switched off, as in Kaiser et al. (and as the Nelder-Mead baseline does).
        study.Enqueue(MagnetSettings.Names.ToDictionary(n => n, _ => ParameterValue.Of(0.0)));
        while (!episode.Exhausted)
        {
            var trial = study.Ask();
            var settings = MagnetSettings.FromValues(MagnetSettings.Names.Select(n => trial.Parameters[n].Number).ToArray());
            var error = episode.Evaluate(settings);
            study.Tell(trial, new Dictionary<string, double> { [LogError.Name] = Math.Log(error) });
        }
    }
}
