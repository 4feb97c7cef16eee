namespace Optimizer.Core.Optimization;

/// <summary>How hard the acquisition function is maximized.</summary>
/// <param name="RawSamples">scrambled-Sobol points scored in bulk (plus as many perturbations of the incumbents as a quarter of this).</param>
/// <param name="Restarts">best raw points refined by L-BFGS-B.</param>
/// <param name="MaxIterations">L-BFGS-B iterations per restart.</param>
public sealed record AcquisitionOptimizerOptions(int RawSamples = 1024, int Restarts = 5, int MaxIterations = 60);
