using MagicTelescope;

namespace BdtTrigger.Evaluator;

/// <summary>The tuned knobs of the trigger BDT, as the study file passes them.</summary>
/// <param name="Trees">Boosting iterations (trees).</param>
/// <param name="MaxDepth">LightGBM's depth limit per tree.</param>
/// <param name="Leaves">LightGBM's leaf limit per tree (trees grow leaf-wise).</param>
/// <param name="LearningRate">Shrinkage per tree.</param>
/// <param name="FeatureFraction">Fraction of the features each tree may split on.</param>
/// <param name="ThresholdBits">Width of the digitized inputs and split thresholds in firmware.</param>
internal sealed record BdtHyperParameters(int Trees, int MaxDepth, int Leaves, double LearningRate, double FeatureFraction, int ThresholdBits)
{
    public static BdtHyperParameters From(EvaluatorArguments args) => new(
        args.Integer("trees"), args.Integer("max-depth"), args.Integer("leaves"),
        args.Number("learning-rate"), args.Number("feature-fraction"), args.Integer("threshold-bits"));
}
