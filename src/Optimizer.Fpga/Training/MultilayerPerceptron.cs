using MathNet.Numerics.LinearAlgebra;
using Optimizer.Fpga.Quantization;

namespace Optimizer.Fpga.Training;

/// <summary>
/// A fully connected binary classifier: hidden layers with one <see cref="HiddenActivation"/> and a single linear
/// output, the logit of P(signal). Layer l holds weights W_l (n_out x n_in) and biases b_l (n_out); immutable.
/// </summary>
public sealed class MultilayerPerceptron
{
    /// <summary>Creates a network from its weights and biases, input layer first.</summary>
    public MultilayerPerceptron(IReadOnlyList<Matrix<double>> weights, IReadOnlyList<Vector<double>> biases, HiddenActivation activation)
    {
        if (weights.Count == 0 || weights.Count != biases.Count)
        {
            throw new ArgumentException("A network needs one bias vector per weight matrix and at least one layer.", nameof(biases));
        }

        for (var l = 0; l < weights.Count; l++)
        {
            if (weights[l].RowCount != biases[l].Count || (l > 0 && weights[l].ColumnCount != weights[l - 1].RowCount))
            {
                throw new ArgumentException($"Layer {l}: weight and bias shapes do not chain.", nameof(weights));
            }
        }

        if (weights[^1].RowCount != 1)
        {
            throw new ArgumentException("The output layer must have one unit (the logit).", nameof(weights));
        }

        Weights = weights;
        Biases = biases;
        Activation = activation;
    }

    /// <summary>W_l, n_out x n_in, input layer first.</summary>
    public IReadOnlyList<Matrix<double>> Weights { get; }

    /// <summary>b_l, n_out, input layer first.</summary>
    public IReadOnlyList<Vector<double>> Biases { get; }

    /// <summary>The non-linearity after every hidden layer.</summary>
    public HiddenActivation Activation { get; }

    /// <summary>Widths from the input to the output, e.g. 10-32-16-1.</summary>
    public IReadOnlyList<int> Widths => [Weights[0].ColumnCount, .. Weights.Select(w => w.RowCount)];

    /// <summary>
    /// A network with random weights: Glorot-uniform for tanh, He-uniform for ReLU (limits sqrt(6 / (n_in + n_out))
    /// and sqrt(6 / n_in)); zero biases.
    /// </summary>
    /// <param name="widths">Input width, hidden widths, then 1.</param>
    public static MultilayerPerceptron CreateRandom(IReadOnlyList<int> widths, HiddenActivation activation, Random random)
    {
        var weights = new List<Matrix<double>>();
        var biases = new List<Vector<double>>();
        for (var l = 1; l < widths.Count; l++)
        {
            int fanIn = widths[l - 1], fanOut = widths[l];
            var limit = activation == HiddenActivation.Relu ? Math.Sqrt(6.0 / fanIn) : Math.Sqrt(6.0 / (fanIn + fanOut));
            weights.Add(Matrix<double>.Build.Dense(fanOut, fanIn, (_, _) => (2 * random.NextDouble() - 1) * limit));
            biases.Add(Vector<double>.Build.Dense(fanOut));
        }

        return new MultilayerPerceptron(weights, biases, activation);
    }

    /// <summary>The output logits for a batch, <paramref name="inputs"/> n x d, one event per row.</summary>
    public Vector<double> Logits(Matrix<double> inputs) => Forward(inputs).PreActivations[^1].Column(0);

    /// <summary>
    /// The same network with every layer's weights and biases rounded to <paramref name="totalBits"/>-bit fixed point,
    /// the integer bits chosen per layer to cover its largest magnitude (as hls4ml's profiling suggests).
    /// </summary>
    public MultilayerPerceptron QuantizeWeights(int totalBits)
    {
        var weights = new List<Matrix<double>>();
        var biases = new List<Vector<double>>();
        for (var l = 0; l < Weights.Count; l++)
        {
            var largest = Math.Max(Weights[l].Enumerate().Max(Math.Abs), Biases[l].Count > 0 ? Biases[l].AbsoluteMaximum() : 0);
            var format = FixedPointFormat.Covering(totalBits, largest);
            weights.Add(Weights[l].Map(format.Quantize));
            biases.Add(Biases[l].Map(format.Quantize));
        }

        return new MultilayerPerceptron(weights, biases, Activation);
    }

    /// <summary>Pre-activations Z_l (n x n_out) and activations A_l (A_0 = the inputs) of every layer.</summary>
    internal (IReadOnlyList<Matrix<double>> PreActivations, IReadOnlyList<Matrix<double>> Activations) Forward(Matrix<double> inputs)
    {
        var preActivations = new List<Matrix<double>>();
        var activations = new List<Matrix<double>> { inputs };
        for (var l = 0; l < Weights.Count; l++)
        {
            var bias = Biases[l];
            var z = activations[l].TransposeAndMultiply(Weights[l]);
            z.MapIndexedInplace((_, j, v) => v + bias[j]);
            preActivations.Add(z);
            if (l < Weights.Count - 1)
            {
                activations.Add(z.Map(v => Activation.Apply(v)));
            }
        }

        return (preActivations, activations);
    }
}
