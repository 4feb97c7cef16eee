using MathNet.Numerics.LinearAlgebra;
using Optimizer.Fpga.Training;

namespace Optimizer.Fpga.Tests.Training;

public class MlpTrainerTests
{
    [Theory]
    [InlineData(HiddenActivation.Tanh)]
    [InlineData(HiddenActivation.Relu)]
    public void Back_propagated_gradients_match_finite_differences(HiddenActivation activation)
    {
        var random = new Random(3);
        var network = MultilayerPerceptron.CreateRandom([3, 5, 4, 1], activation, random);
        var inputs = Matrix<double>.Build.Dense(7, 3, (_, _) => 2 * random.NextDouble() - 1);
        var labels = Vector<double>.Build.Dense(7, i => i % 2);

        var (_, weightGradients, biasGradients) = BinaryCrossEntropy.LossAndGradients(network, inputs, labels);

        const double h = 1e-6;
        for (var l = 0; l < network.Weights.Count; l++)
        {
            var weights = network.Weights[l];
            for (var i = 0; i < weights.RowCount; i++)
            {
                for (var j = 0; j < weights.ColumnCount; j++)
                {
                    var original = weights[i, j];
                    weights[i, j] = original + h;
                    var up = BinaryCrossEntropy.LossAndGradients(network, inputs, labels).Loss;
                    weights[i, j] = original - h;
                    var down = BinaryCrossEntropy.LossAndGradients(network, inputs, labels).Loss;
                    weights[i, j] = original;
                    Assert.Equal((up - down) / (2 * h), weightGradients[l][i, j], 6);
                }

                var bias = network.Biases[l];
                var b = bias[i];
                bias[i] = b + h;
                var biasUp = BinaryCrossEntropy.LossAndGradients(network, inputs, labels).Loss;
                bias[i] = b - h;
                var biasDown = BinaryCrossEntropy.LossAndGradients(network, inputs, labels).Loss;
                bias[i] = b;
                Assert.Equal((biasUp - biasDown) / (2 * h), biasGradients[l][i], 6);
            }
        }
    }

    [Fact]
    public void Learns_xor()
    {
        var inputs = Matrix<double>.Build.DenseOfArray(new double[,] { { -1, -1 }, { -1, 1 }, { 1, -1 }, { 1, 1 } });
        var labels = Vector<double>.Build.DenseOfArray([0, 1, 1, 0]);

        var network = MlpTrainer.Train(inputs, labels, [8], HiddenActivation.Tanh,
            new MlpTrainingOptions(LearningRate: 0.05, Epochs: 500, BatchSize: 4, Seed: 1));

        var logits = network.Logits(inputs);
        Assert.True(logits[0] < 0 && logits[1] > 0 && logits[2] > 0 && logits[3] < 0, $"logits {logits}");
    }

    [Fact]
    public void Training_is_reproducible_from_the_seed()
    {
        var inputs = Matrix<double>.Build.Dense(20, 2, (i, j) => Math.Sin(i + 3 * j));
        var labels = Vector<double>.Build.Dense(20, i => inputs[i, 0] > 0 ? 1 : 0);
        var options = new MlpTrainingOptions(LearningRate: 0.01, Epochs: 3, BatchSize: 5, Seed: 9);

        var first = MlpTrainer.Train(inputs, labels, [4], HiddenActivation.Relu, options);
        var second = MlpTrainer.Train(inputs, labels, [4], HiddenActivation.Relu, options);

        Assert.Equal(first.Logits(inputs), second.Logits(inputs));
    }

    [Fact]
    public void Epochs_trains_one_epoch_per_step_taken_as_the_whole_training_does()
    {
        var inputs = Matrix<double>.Build.Dense(20, 2, (i, j) => Math.Sin(i + 3 * j));
        var labels = Vector<double>.Build.Dense(20, i => inputs[i, 0] > 0 ? 1 : 0);
        var options = new MlpTrainingOptions(LearningRate: 0.01, Epochs: 5, BatchSize: 5, Seed: 9);
        var reported = new List<Vector<double>>();

        var trained = MlpTrainer.Train(inputs, labels, [4], HiddenActivation.Relu, options, (_, network) => reported.Add(network.Logits(inputs)));
        var firstTwo = MlpTrainer.Epochs(inputs, labels, [4], HiddenActivation.Relu, options).Take(2).ToArray();
        var twoEpochs = MlpTrainer.Train(inputs, labels, [4], HiddenActivation.Relu, options with { Epochs = 2 });

        Assert.Equal(5, reported.Count);
        Assert.Equal(reported[^1], trained.Logits(inputs));
        Assert.Equal(reported[..2], firstTwo.Select(n => n.Logits(inputs)));
        Assert.Equal(reported[1], twoEpochs.Logits(inputs));
        Assert.NotEqual(reported[0], reported[1]);
    }

    [Fact]
    public void Quantized_weights_lie_on_the_fixed_point_grid_of_their_layer()
    {
        var network = MultilayerPerceptron.CreateRandom([10, 16, 1], HiddenActivation.Relu, new Random(5));

        var quantized = network.QuantizeWeights(4);

        foreach (var layer in quantized.Weights)
        {
            var distinct = layer.Enumerate().Distinct().Count();
            Assert.InRange(distinct, 2, 16);
        }

        Assert.Equal(network.Widths, quantized.Widths);
    }
}
