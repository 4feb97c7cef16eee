namespace Optimizer.Fpga.Training;

/// <summary>The non-linearity after each hidden layer of a <see cref="MultilayerPerceptron"/>.</summary>
public enum HiddenActivation
{
    /// <summary>max(0, z): a comparator in firmware.</summary>
    Relu,

    /// <summary>tanh(z): a look-up table in firmware.</summary>
    Tanh,
}

internal static class HiddenActivationFunctions
{
    public static double Apply(this HiddenActivation activation, double z) =>
        activation == HiddenActivation.Relu ? Math.Max(0, z) : Math.Tanh(z);

    /// <summary>df/dz at <paramref name="z"/>.</summary>
    public static double Derivative(this HiddenActivation activation, double z)
    {
        if (activation == HiddenActivation.Relu)
        {
            return z > 0 ? 1 : 0;
        }

        var t = Math.Tanh(z);
        return 1 - t * t;
    }
}
