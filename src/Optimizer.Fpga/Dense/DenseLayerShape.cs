namespace Optimizer.Fpga.Dense;

/// <summary>One fully connected layer: <paramref name="Inputs"/> x <paramref name="Outputs"/> weights, a fraction <paramref name="Sparsity"/> of them pruned to zero.</summary>
public sealed record DenseLayerShape(int Inputs, int Outputs, double Sparsity = 0)
{
    /// <summary>M = n_in n_out (1 - sparsity): the multiplications one inference needs (pruned weights cost none).</summary>
    public int Multiplications => (int)Math.Ceiling(Inputs * Outputs * (1 - Sparsity));

    /// <summary>The layers of a network given by its widths, input first: 16-64-32-32-5 gives four layers.</summary>
    public static IReadOnlyList<DenseLayerShape> Chain(params int[] widths)
    {
        if (widths.Length < 2)
        {
            throw new ArgumentException("A network needs an input width and at least one layer width.", nameof(widths));
        }

        return [.. widths.Zip(widths.Skip(1), (inputs, outputs) => new DenseLayerShape(inputs, outputs))];
    }
}
