using MathNet.Numerics.LinearAlgebra;

namespace Optimizer.Fpga.Training;

/// <summary>
/// Trains a <see cref="MultilayerPerceptron"/> binary classifier by minimizing the mean binary cross-entropy with
/// Adam (Kingma and Ba, ICLR 2015: beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8) over shuffled mini-batches.
/// </summary>
public static class MlpTrainer
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    /// <summary>Trains a network of the given widths on <paramref name="inputs"/> (n x d) and 0/1 <paramref name="labels"/>.</summary>
    /// <param name="hiddenWidths">Widths of the hidden layers; the output is one logit.</param>
    /// <param name="afterEpoch">Called after each epoch (1, 2, ...) with the network as it stands: where a trainer reports its learning curve.</param>
    public static MultilayerPerceptron Train(
        Matrix<double> inputs, Vector<double> labels, IReadOnlyList<int> hiddenWidths, HiddenActivation activation, MlpTrainingOptions options,
        Action<int, MultilayerPerceptron>? afterEpoch = null)
    {
        MultilayerPerceptron? network = null;
        var epoch = 0;
        foreach (var trained in Epochs(inputs, labels, hiddenWidths, activation, options))
        {
            network = trained;
            afterEpoch?.Invoke(++epoch, trained);
        }
        // No epoch: the initial network, as the training draws it.
        return network ?? MultilayerPerceptron.CreateRandom([inputs.ColumnCount, .. hiddenWidths, 1], activation, new Random(options.Seed));
    }

    /// <summary>
    /// The same training, one epoch at a time: the network after epoch 1, 2, ... up to <c>options.Epochs</c>, each trained only
    /// when it is enumerated, so a caller that stops early (early stopping) spends only the epochs it took.
    /// </summary>
    public static IEnumerable<MultilayerPerceptron> Epochs(
        Matrix<double> inputs, Vector<double> labels, IReadOnlyList<int> hiddenWidths, HiddenActivation activation, MlpTrainingOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, inputs.RowCount, nameof(labels));
        return Iterate();

        IEnumerable<MultilayerPerceptron> Iterate()
        {
            var random = new Random(options.Seed);
            var network = MultilayerPerceptron.CreateRandom([inputs.ColumnCount, .. hiddenWidths, 1], activation, random);
            var weights = network.Weights.Select(w => w.Clone()).ToArray();
            var biases = network.Biases.Select(b => b.Clone()).ToArray();
            var (weightMoments, weightSquares) = (ZerosLike(weights), ZerosLike(weights));
            var (biasMoments, biasSquares) = (ZerosLike(biases), ZerosLike(biases));

            var order = Enumerable.Range(0, inputs.RowCount).ToArray();
            var step = 0;
            for (var epoch = 0; epoch < options.Epochs; epoch++)
            {
                random.Shuffle(order);
                for (var start = 0; start < order.Length; start += options.BatchSize)
                {
                    var rows = order.AsSpan(start, Math.Min(options.BatchSize, order.Length - start)).ToArray();
                    var batch = Matrix<double>.Build.Dense(rows.Length, inputs.ColumnCount, (i, j) => inputs[rows[i], j]);
                    var batchLabels = Vector<double>.Build.Dense(rows.Length, i => labels[rows[i]]);
                    var current = new MultilayerPerceptron(weights, biases, activation);
                    var (_, weightGradients, biasGradients) = BinaryCrossEntropy.LossAndGradients(current, batch, batchLabels);

                    step++;
                    var correction = options.LearningRate * Math.Sqrt(1 - Math.Pow(Beta2, step)) / (1 - Math.Pow(Beta1, step));
                    for (var l = 0; l < weights.Length; l++)
                    {
                        AdamUpdate(weights[l].AsColumnMajorArray(), weightGradients[l].AsColumnMajorArray(),
                            weightMoments[l].AsColumnMajorArray(), weightSquares[l].AsColumnMajorArray(), correction);
                        AdamUpdate(biases[l].AsArray(), biasGradients[l].AsArray(), biasMoments[l].AsArray(), biasSquares[l].AsArray(), correction);
                    }
                }
                yield return new MultilayerPerceptron(weights.Select(w => w.Clone()).ToArray(), biases.Select(b => b.Clone()).ToArray(), activation);
            }
        }
    }

    // Kingma and Ba 2015, Algorithm 1, with the bias corrections folded into the step size.
    private static void AdamUpdate(double[] parameters, double[] gradient, double[] moment, double[] square, double correctedStep)
    {
        for (var k = 0; k < parameters.Length; k++)
        {
            moment[k] = Beta1 * moment[k] + (1 - Beta1) * gradient[k];
            square[k] = Beta2 * square[k] + (1 - Beta2) * gradient[k] * gradient[k];
            parameters[k] -= correctedStep * moment[k] / (Math.Sqrt(square[k]) + Epsilon);
        }
    }

    private static Matrix<double>[] ZerosLike(Matrix<double>[] matrices) =>
        [.. matrices.Select(m => Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount))];

    private static Vector<double>[] ZerosLike(Vector<double>[] vectors) =>
        [.. vectors.Select(v => Vector<double>.Build.Dense(v.Count))];
}
