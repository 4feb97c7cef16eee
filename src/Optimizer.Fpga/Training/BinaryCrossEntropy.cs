using MathNet.Numerics.LinearAlgebra;

namespace Optimizer.Fpga.Training;

/// <summary>
/// The mean binary cross-entropy of a <see cref="MultilayerPerceptron"/>'s logits, L = mean(log(1 + e^z) - y z),
/// and its gradient with respect to every weight and bias by back-propagation.
/// </summary>
internal static class BinaryCrossEntropy
{
    /// <summary>The loss and dL/dW_l, dL/db_l for a batch: <paramref name="inputs"/> n x d, <paramref name="labels"/> n values in {0, 1}.</summary>
    public static (double Loss, Matrix<double>[] WeightGradients, Vector<double>[] BiasGradients) LossAndGradients(
        MultilayerPerceptron network, Matrix<double> inputs, Vector<double> labels)
    {
        var (preActivations, activations) = network.Forward(inputs);
        var n = inputs.RowCount;
        var logits = preActivations[^1].Column(0);

        var loss = 0.0;
        var delta = Matrix<double>.Build.Dense(n, 1);
        for (var i = 0; i < n; i++)
        {
            var z = logits[i];
            loss += Softplus(z) - labels[i] * z;
            delta[i, 0] = (Sigmoid(z) - labels[i]) / n;
        }

        var layers = network.Weights.Count;
        var weightGradients = new Matrix<double>[layers];
        var biasGradients = new Vector<double>[layers];
        for (var l = layers - 1; l >= 0; l--)
        {
            weightGradients[l] = delta.TransposeThisAndMultiply(activations[l]);
            biasGradients[l] = delta.ColumnSums();
            if (l > 0)
            {
                var upstream = delta * network.Weights[l];
                var z = preActivations[l - 1];
                upstream.MapIndexedInplace((i, j, v) => v * network.Activation.Derivative(z[i, j]));
                delta = upstream;
            }
        }

        return (loss / n, weightGradients, biasGradients);
    }

    /// <summary>log(1 + e^z) without overflow.</summary>
    private static double Softplus(double z) => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
