using MagicTelescope;
using Optimizer.Fpga.Training;

namespace DnnFpga.Evaluator;

/// <summary>The tuned knobs of the trigger network, as the study file passes them.</summary>
/// <param name="HiddenLayers">Number of hidden layers, all <paramref name="Width"/> wide.</param>
/// <param name="Width">Units per hidden layer.</param>
/// <param name="Activation">Non-linearity after each hidden layer.</param>
/// <param name="LearningRate">Adam's step size.</param>
/// <param name="WeightBits">Fixed-point width of the weights in firmware.</param>
/// <param name="ReuseFactor">hls4ml's reuse factor: multiplications per multiplier.</param>
internal sealed record DnnHyperParameters(
    int HiddenLayers, int Width, HiddenActivation Activation, double LearningRate, int WeightBits, int ReuseFactor)
{
    public IReadOnlyList<int> HiddenWidths => [.. Enumerable.Repeat(Width, HiddenLayers)];

    public static DnnHyperParameters From(EvaluatorArguments args) => new(
        args.Integer("hidden-layers"),
        args.Integer("width"),
        Enum.Parse<HiddenActivation>(args.Text("activation"), ignoreCase: true),
        args.Number("learning-rate"),
        args.Integer("weight-bits"),
        args.Integer("reuse-factor"));
}
