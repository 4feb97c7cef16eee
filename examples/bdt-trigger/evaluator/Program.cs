// Trial evaluator of the bdt-trigger example: trains a LightGBM gamma/hadron classifier on the MAGIC telescope data
// and reports its signal efficiency at 1% background acceptance with firmware-width thresholds, and the conifer-style
// FPGA cost estimate of the trees it actually grew. Usage: see ../README.md.
using System.Diagnostics;
using BdtTrigger.Evaluator;
using MagicTelescope;
using Optimizer.Fpga.Bdt;
using Optimizer.Fpga.Devices;
using Optimizer.Fpga.Metrics;

const double BackgroundAcceptance = 0.01;
var started = Stopwatch.GetTimestamp();
var arguments = new EvaluatorArguments(args);
var parameters = BdtHyperParameters.From(arguments);
var seed = arguments.Integer("seed", 1);

var events = MagicTelescopeEvents.Load(arguments.Text("data", MagicDataFile.Locate()));
var (train, heldOut) = events.Split(trainFraction: 0.6, maxEvents: arguments.Integer("events", events.Count), seed);

var ensemble = LightGbmTrigger.Train(train, parameters, seed);
var ranges = Enumerable.Range(0, MagicTelescopeEvents.FeatureCount)
    .Select(f => (train.Features.Min(r => r[f]), train.Features.Max(r => r[f])))
    .ToArray();
var forest = new FirmwareForest(ensemble, ranges, parameters.ThresholdBits);

var firmwareScores = heldOut.Features.Select(forest.FirmwareScore).ToArray();
var floatScores = heldOut.Features.Select(forest.FloatScore).ToArray();
var shape = forest.Shape;
var estimate = BdtFpgaCost.EstimateVhdl(shape);

TrialMetrics.Report(new Dictionary<string, double>
{
    ["signal_efficiency"] = SignalEfficiency.AtBackgroundAcceptance(firmwareScores, heldOut.IsSignal, BackgroundAcceptance),
    ["signal_efficiency_float"] = SignalEfficiency.AtBackgroundAcceptance(floatScores, heldOut.IsSignal, BackgroundAcceptance),
    ["estimated_luts"] = estimate.Luts,
    ["estimated_flip_flops"] = estimate.FlipFlops,
    ["estimated_latency_clocks"] = estimate.LatencyClocks,
    ["estimated_lut_fraction_vu9p"] = estimate.FractionOf(FpgaDevice.Vu9p).LutFraction,
    ["trees"] = shape.Trees,
    ["max_depth"] = shape.MaxDepth,
    ["internal_nodes"] = shape.InternalNodes,
    ["train_seconds"] = TrialMetrics.SecondsSince(started),
});
