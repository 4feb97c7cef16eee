using Optimizer.Core.Models;
using Optimizer.Core.Optimization;

namespace Optimizer.Core.Strategies;

/// <summary>
/// What the GP strategies share (<see cref="GaussianProcessOptions"/>, <see cref="MultiObjectiveOptions"/>): the
/// initial design's size, the posterior worlds, the refit schedule, the GP fit and the acquisition optimizer.
/// </summary>
public abstract record GpStrategyOptions
{
    /// <summary>Space-filling trials before the model takes over; null: d + 2 (d the encoded dimension).</summary>
    public int? InitialTrials { get; init; }

    /// <summary>Quasi-Monte-Carlo posterior samples (worlds) integrating the acquisition over pending outcomes and noise.</summary>
    public int Worlds { get; init; } = 32;

    /// <summary>Each GP's hyper-parameters at n are fitted on the leading observations <see cref="RefitSchedule"/> names with this interval.</summary>
    public int RefitInterval { get; init; } = 100;

    /// <summary>
    /// From this many observations on, each fit lags one refit step behind and runs in the background as soon as its
    /// observations exist, so a proposal only conditions the model on the new data (below it a fit is cheap and runs
    /// in the proposing call).
    /// </summary>
    public int BackgroundFitFrom { get; init; } = 128;

    /// <summary>
    /// Hold each black-box constraint GP's constant mean at the constraint's bound instead of fitting it, so that where no
    /// trial has been, feasibility is even odds rather than the average of what was observed elsewhere.
    /// </summary>
    public bool ConstraintMeanAtBound { get; init; }

    /// <summary>GP fit settings; null: the defaults of <see cref="GpFitOptions"/>.</summary>
    public GpFitOptions? Fit { get; init; }

    /// <summary>Acquisition optimizer settings; null: the defaults of <see cref="AcquisitionOptimizerOptions"/>.</summary>
    public AcquisitionOptimizerOptions? Optimizer { get; init; }

    /// <summary>
    /// Where the strategy says what it fell back to (a hyper-parameter fit that left the prior's mode standing), one line
    /// per event; null: nowhere. Called from the proposing thread.
    /// </summary>
    public Action<string>? Warn { get; init; }

    internal RefitSettings Refit => new(RefitInterval, BackgroundFitFrom);

    public GpFitOptions FitOptions => Fit ?? new GpFitOptions();

    public AcquisitionOptimizerOptions OptimizerOptions => Optimizer ?? new AcquisitionOptimizerOptions();

    /// <summary>The initial design's size in a space of encoded dimension <paramref name="dimension"/>.</summary>
    public int InitialTrialsFor(int dimension) => InitialTrials ?? dimension + 2;
}
