namespace Optimizer.Core.Models;

/// <summary>
/// Hyper-parameters of a Gaussian process in standardized output units:
/// ARD length-scales (on the unit cube), output scale, Gaussian noise variance and constant mean, and optionally a
/// warp of the inputs before the kernel (null: none).
/// </summary>
public sealed record GpHyperparameters(double[] Lengthscales, double Outputscale, double NoiseVariance, double Mean, KumaraswamyWarp? Warp = null)
{
    /// <summary>
    /// Packs to the optimizer's unconstrained vector [log l_1..log l_d, log s, log noise, mean], followed with a warp by
    /// [log a_1..log a_d, log b_1..log b_d].
    /// </summary>
    internal double[] ToVector()
    {
        var d = Lengthscales.Length;
        var v = new double[Warp is null ? d + 3 : 3 * d + 3];
        for (var i = 0; i < d; i++) v[i] = Math.Log(Lengthscales[i]);
        v[d] = Math.Log(Outputscale);
        v[d + 1] = Math.Log(NoiseVariance);
        v[d + 2] = Mean;
        if (Warp is null) return v;
        for (var i = 0; i < d; i++)
        {
            v[d + 3 + i] = Math.Log(Warp.A[i]);
            v[2 * d + 3 + i] = Math.Log(Warp.B[i]);
        }
        return v;
    }

    /// <summary>Unpacks <see cref="ToVector"/>'s layout for inputs of dimension <paramref name="dimension"/> (length d + 3, or 3d + 3 with a warp).</summary>
    internal static GpHyperparameters FromVector(ReadOnlySpan<double> v, int dimension)
    {
        var d = dimension;
        if (v.Length != d + 3 && v.Length != 3 * d + 3)
            throw new ArgumentException($"a hyper-parameter vector in {d} dimensions has {d + 3} or {3 * d + 3} entries, not {v.Length}", nameof(v));
        var lengthscales = new double[d];
        for (var i = 0; i < d; i++) lengthscales[i] = Math.Exp(v[i]);
        KumaraswamyWarp? warp = null;
        if (v.Length == 3 * d + 3)
        {
            warp = new KumaraswamyWarp(new double[d], new double[d]);
            for (var i = 0; i < d; i++)
            {
                warp.A[i] = Math.Exp(v[d + 3 + i]);
                warp.B[i] = Math.Exp(v[2 * d + 3 + i]);
            }
        }
        return new GpHyperparameters(lengthscales, Math.Exp(v[d]), Math.Exp(v[d + 1]), v[d + 2], warp);
    }
}
