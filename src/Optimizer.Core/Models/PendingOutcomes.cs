namespace Optimizer.Core.Models;

/// <summary>What a <see cref="FantasyPosterior"/> takes the pending (still running) points' outcomes to be.</summary>
internal enum PendingOutcomes
{
    /// <summary>Joint posterior samples plus sampled observation noise, conditioned on with the fitted noise (one world per sample).</summary>
    NoisySamples,

    /// <summary>The posterior means (Kriging believer: one world).</summary>
    PosteriorMean,

    /// <summary>Joint samples of the latent values, conditioned on without observation noise (BoTorch's X_pending).</summary>
    LatentSamples,
}
