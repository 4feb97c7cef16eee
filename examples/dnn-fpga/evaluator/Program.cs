// Trial evaluator of the dnn-fpga example: trains a small dense network (MathNet MLP) on the MAGIC telescope data,
// rounds its weights to the firmware width, and reports its signal efficiency at 1% background acceptance and the
// hls4ml-style FPGA cost estimate (DSPs, LUTs, latency). After each epoch it prints its learning curve as
// {"step": epoch, "signal_efficiency": ...} for early stopping (early-stopping.yaml), up to OPTIMIZER_MAX_STEP epochs
// when the study sets it. Usage: see ../README.md.
using System.Diagnostics;
using DnnFpga.Evaluator;
using MagicTelescope;
using MathNet.Numerics.LinearAlgebra;
using Optimizer.Fpga.Dense;
using Optimizer.Fpga.Devices;
using Optimizer.Fpga.Metrics;
using Optimizer.Fpga.Training;

const double BackgroundAcceptance = 0.01;
var started = Stopwatch.GetTimestamp();
var arguments = new EvaluatorArguments(args);
var parameters = DnnHyperParameters.From(arguments);
var seed = arguments.Integer("seed", 1);

var events = MagicTelescopeEvents.Load(arguments.Text("data", MagicDataFile.Locate()));
var (train, heldOut) = events.Split(trainFraction: 0.6, maxEvents: arguments.Integer("events", events.Count), seed);
var standardizer = new FeatureStandardizer(train.Features);
var labels = Vector<double>.Build.Dense(train.Count, i => train.IsSignal[i] ? 1 : 0);

var heldOutInputs = standardizer.Transform(heldOut.Features);
var epochs = int.TryParse(Environment.GetEnvironmentVariable("OPTIMIZER_MAX_STEP"), out var maxStep) ? maxStep : arguments.Integer("epochs", 10);
var network = MlpTrainer.Train(standardizer.Transform(train.Features), labels, parameters.HiddenWidths, parameters.Activation,
    new MlpTrainingOptions(parameters.LearningRate, Epochs: epochs, BatchSize: 64, seed),
    (epoch, current) => TrialMetrics.ReportStep(epoch, new Dictionary<string, double>
    {
        ["signal_efficiency"] = SignalEfficiency.AtBackgroundAcceptance(
            [.. current.QuantizeWeights(parameters.WeightBits).Logits(heldOutInputs)], heldOut.IsSignal, BackgroundAcceptance),
    }));
var firmwareNetwork = network.QuantizeWeights(parameters.WeightBits);

var estimate = DenseNetworkFpgaCost.Estimate(
    DenseLayerShape.Chain([.. network.Widths]), new FixedPointPrecision(parameters.WeightBits), parameters.ReuseFactor);
var utilization = estimate.FractionOf(FpgaDevice.Vu9p);

TrialMetrics.Report(new Dictionary<string, double>
{
    ["signal_efficiency"] = SignalEfficiency.AtBackgroundAcceptance([.. firmwareNetwork.Logits(heldOutInputs)], heldOut.IsSignal, BackgroundAcceptance),
    ["signal_efficiency_float"] = SignalEfficiency.AtBackgroundAcceptance([.. network.Logits(heldOutInputs)], heldOut.IsSignal, BackgroundAcceptance),
    ["estimated_dsps"] = estimate.Dsps,
    ["estimated_luts"] = estimate.Luts,
    ["estimated_latency_clocks"] = estimate.LatencyClocks,
    ["estimated_dsp_fraction_vu9p"] = utilization.DspFraction,
    ["estimated_lut_fraction_vu9p"] = utilization.LutFraction,
    ["multiplications"] = estimate.Multiplications,
    ["train_seconds"] = TrialMetrics.SecondsSince(started),
});
