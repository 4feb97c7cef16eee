using Microsoft.ML.Trainers.FastTree;
using Optimizer.Fpga.Bdt;
using Optimizer.Fpga.Quantization;

namespace BdtTrigger.Evaluator;

/// <summary>
/// A trained tree ensemble scored as firmware would score it: every input feature and every split threshold
/// digitized to the same <c>bits</c>-wide code over the feature's training range, then compared as integers.
/// </summary>
internal sealed class FirmwareForest
{
    private readonly RegressionTreeEnsemble _ensemble;
    private readonly UniformQuantizer[] _quantizers;

    /// <param name="featureRanges">Each feature's (min, max) over the training events.</param>
    public FirmwareForest(RegressionTreeEnsemble ensemble, IReadOnlyList<(double Min, double Max)> featureRanges, int bits)
    {
        _ensemble = ensemble;
        _quantizers = [.. featureRanges.Select(r => new UniformQuantizer(r.Min, r.Max, bits))];
    }

    /// <summary>Trees, deepest depth and internal (comparison) nodes actually grown, for the cost estimate.</summary>
    public TreeEnsembleShape Shape =>
        TreeEnsembleShape.FromTrees([.. _ensemble.Trees.Select(t => (t.NumberOfNodes, Depth(t, 0)))]);

    /// <summary>The score with digitized inputs and thresholds.</summary>
    public double FirmwareScore(double[] features) =>
        Score(t => (node, feature) => _quantizers[feature].Code(features[feature]) <= _quantizers[feature].Code(t.NumericalSplitThresholds[node]));

    /// <summary>The score in floating point, as ML.NET computes it.</summary>
    public double FloatScore(double[] features) =>
        Score(t => (node, feature) => (float)features[feature] <= t.NumericalSplitThresholds[node]);

    private double Score(Func<RegressionTree, Func<int, int, bool>> goesLeft)
    {
        var score = _ensemble.Bias;
        for (var i = 0; i < _ensemble.Trees.Count; i++)
        {
            var tree = _ensemble.Trees[i];
            var left = goesLeft(tree);
            var node = tree.NumberOfNodes == 0 ? ~0 : 0;
            while (node >= 0)
            {
                node = left(node, tree.NumericalSplitFeatureIndexes[node]) ? tree.LeftChild[node] : tree.RightChild[node];
            }

            score += _ensemble.TreeWeights[i] * tree.LeafValues[~node];
        }

        return score;
    }

    // Children below zero are leaves (~leaf index); a tree of one leaf has depth 0.
    private static int Depth(RegressionTree tree, int node) =>
        tree.NumberOfNodes == 0 || node < 0 ? 0 : 1 + Math.Max(Depth(tree, tree.LeftChild[node]), Depth(tree, tree.RightChild[node]));
}
