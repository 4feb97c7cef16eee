using MagicTelescope;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace BdtTrigger.Evaluator;

/// <summary>Trains the gamma/hadron BDT with ML.NET's LightGBM binary trainer, single-threaded and deterministic.</summary>
internal static class LightGbmTrigger
{
    public static RegressionTreeEnsemble Train(MagicTelescopeEvents events, BdtHyperParameters parameters, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(events.Features.Select((row, i) => new TrainingEvent
        {
            Features = [.. row.Select(v => (float)v)],
            Label = events.IsSignal[i],
        }));
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = parameters.Trees,
            NumberOfLeaves = parameters.Leaves,
            LearningRate = parameters.LearningRate,
            Booster = new GradientBooster.Options
            {
                MaximumTreeDepth = parameters.MaxDepth,
                FeatureFraction = parameters.FeatureFraction,
            },
            NumberOfThreads = 1,
            Deterministic = true,
            Seed = seed,
            Silent = true,
        });

        return trainer.Fit(data).Model.SubModel.TrainedTreeEnsemble;
    }
}
