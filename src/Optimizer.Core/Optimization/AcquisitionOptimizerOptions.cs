namespace Optimizer.Core.Optimization;

/// <summary>How hard the acquisition function is maximized.</summary>
/// <param name="RawSamples">scrambled-Sobol points scored in bulk (plus as many perturbations of the incumbents as a quarter of this).</param>
/// <param name="Restarts">best raw points refined by L-BFGS-B.</param>
/// <param name="MaxIterations">L-BFGS-B iterations per restart.</param>
/// <param name="BoltzmannStarts">pick the restarts (beyond the best raw point) at random with weights exp(2 z) of the raw
/// scores' z-values, as BoTorch's initialize_q_batch, so starts spread over several basins; false: the best raw points.</param>
/// <param name="GlobalStarts">further starts: the best of the scrambled-Sobol points alone (not the incumbents'
/// perturbations, which otherwise take every start), as BoTorch's optimize_acqf starts only from space-filling raw samples.</param>
public sealed record AcquisitionOptimizerOptions(int RawSamples = 1024, int Restarts = 5, int MaxIterations = 60, bool BoltzmannStarts = false, int GlobalStarts = 0)
{
    private const int FullEffortSize = 250;

    /// <summary>
    /// These options for a model of <paramref name="observations"/> points: scoring a candidate costs O(n^2), so past
    /// a few hundred observations fewer raw samples and restarts keep a proposal well under a second.
    /// </summary>
    public AcquisitionOptimizerOptions ScaledFor(int observations)
    {
        if (observations <= FullEffortSize) return this;
        var factor = (double)FullEffortSize * FullEffortSize / ((double)observations * observations);
        return this with
        {
            RawSamples = Math.Max(128, (int)(RawSamples * factor)),
            Restarts = Math.Max(2, (int)Math.Ceiling(Restarts * Math.Sqrt(factor))),
            GlobalStarts = (int)Math.Ceiling(GlobalStarts * Math.Sqrt(factor)),
        };
    }
}
