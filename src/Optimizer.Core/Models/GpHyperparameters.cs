namespace Optimizer.Core.Models;

/// <summary>
/// Hyper-parameters of a Gaussian process in standardized output units:
/// ARD length-scales (on the unit cube), output scale, Gaussian noise variance and constant mean.
/// </summary>
public sealed record GpHyperparameters(double[] Lengthscales, double Outputscale, double NoiseVariance, double Mean)
{
    /// <summary>Packs to the optimizer's unconstrained vector [log l_1..log l_d, log s, log noise, mean].</summary>
    internal double[] ToVector()
    {
        var v = new double[Lengthscales.Length + 3];
        for (var i = 0; i < Lengthscales.Length; i++) v[i] = Math.Log(Lengthscales[i]);
        v[^3] = Math.Log(Outputscale);
        v[^2] = Math.Log(NoiseVariance);
        v[^1] = Mean;
        return v;
    }

    internal static GpHyperparameters FromVector(ReadOnlySpan<double> v)
    {
        var d = v.Length - 3;
        var lengthscales = new double[d];
        for (var i = 0; i < d; i++) lengthscales[i] = Math.Exp(v[i]);
        return new GpHyperparameters(lengthscales, Math.Exp(v[d]), Math.Exp(v[d + 1]), v[d + 2]);
    }
}
