using DnnFpga.Evaluator;
using MagicTelescope;
using MathNet.Numerics.LinearAlgebra;
using Optimizer.Core.Space;
using Optimizer.Fpga.Training;

namespace Optimizer.Bench.EarlyStopping;

/// <summary>
/// The real trainer of the dnn-fpga example (<see cref="MlpTrainer"/>: a dense network, Adam, binary cross-entropy,
/// batches of 64) on the MAGIC telescope events of <c>examples/data</c>: <paramref name="events"/> of them drawn with seed 1,
/// 60% to train on (standardized as the example does) and 40% held out. The loss after an epoch is the held-out events'
/// mean binary cross-entropy; the final value reported is the observed one.
/// </summary>
public sealed class MagicTelescopeMlp : ILearningCurveProblem
{
    private const int BatchSize = 64;

    private readonly Matrix<double> _inputs;
    private readonly Vector<double> _labels;
    private readonly Matrix<double> _heldOut;
    private readonly Vector<double> _heldOutLabels;

    /// <param name="events">Events to use, at most the 19,020 of the file.</param>
    /// <param name="dataFile">magic04.data; null to find <c>examples/data/magic04.data</c> above the bench's folder.</param>
    public MagicTelescopeMlp(int events, string? dataFile = null)
    {
        var all = MagicTelescopeEvents.Load(dataFile ?? MagicDataFile.Locate());
        var (train, heldOut) = all.Split(trainFraction: 0.6, maxEvents: events, seed: 1);
        var standardizer = new FeatureStandardizer(train.Features);
        (_inputs, _labels) = (standardizer.Transform(train.Features), Labels(train));
        (_heldOut, _heldOutLabels) = (standardizer.Transform(heldOut.Features), Labels(heldOut));
        Description = $"the MLP trainer on MAGIC ({train.Count} training, {heldOut.Count} held-out events, batches of {BatchSize}; held-out cross-entropy)";
    }

    public string Description { get; }

    public SearchSpace Space { get; } = new([
        new IntParameter("hidden_layers", 1, 3),
        new IntParameter("width", 4, 64, Log: true),
        new CategoricalParameter("activation", ["relu", "tanh"]),
        new FloatParameter("learning_rate", 3e-4, 3e-2, Log: true),
    ]);

    public IEnumerable<double> Train(Assignment point, int epochs, int seed)
    {
        var widths = Enumerable.Repeat((int)point["width"].Number, (int)point["hidden_layers"].Number).ToArray();
        var activation = point["activation"].Choice == "tanh" ? HiddenActivation.Tanh : HiddenActivation.Relu;
        var options = new MlpTrainingOptions(point["learning_rate"].Number, epochs, BatchSize, seed);
        return MlpTrainer.Epochs(_inputs, _labels, widths, activation, options).Select(HeldOutLoss);
    }

    public double FinalValue(Assignment point, double observedFinalLoss) => observedFinalLoss;

    // Mean binary cross-entropy of the logits z: log(1 + e^z) - y z, with log(1 + e^z) computed without overflow.
    private double HeldOutLoss(MultilayerPerceptron network)
    {
        var logits = network.Logits(_heldOut);
        var loss = 0.0;
        for (var i = 0; i < logits.Count; i++)
        {
            var z = logits[i];
            loss += (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - _heldOutLabels[i] * z;
        }
        return loss / logits.Count;
    }

    private static Vector<double> Labels(MagicTelescopeEvents events) =>
        Vector<double>.Build.Dense(events.Count, i => events.IsSignal[i] ? 1 : 0);
}
