using Optimizer.Core.Numerics;

namespace Optimizer.Core.Models;

/// <summary>
/// A Gaussian process conditioned on observations, in standardized output units:
/// mean m(x) = c + k(x)^T alpha, variance v(x) = s - k(x)^T K^-1 k(x) (latent f, without noise),
/// with K = k(X, X) + noise D = L L^T, D = I or, for observations with errors of their own, diag(r_1..r_n), each r_i the
/// observation's noise variance over the noise hyper-parameter (a fixed-noise GP where the noise is known). Immutable: <see cref="WithObservations"/> returns a new process that shares
/// the factor's rows and extends it by one row per point, O(n^2) each. With a <see cref="GpHyperparameters.Warp"/> the
/// kernel sees warped inputs w(x) everywhere: the training inputs are warped once here and each query point on entry.
/// </summary>
public sealed class GaussianProcess
{
    private readonly List<double[]> _inputs;

    // What the kernel sees of each training input: w(x) with a warp, else the very list _inputs.
    private readonly List<double[]> _kernelInputs;
    private readonly List<double> _targets;

    // r_i of each observation, null: every r_i = 1.
    private readonly List<double>? _noiseScales;
    private readonly CholeskyFactor _factor;
    private readonly double[] _alpha;

    private GaussianProcess(GpHyperparameters hyperparameters, KernelKind kind, List<double[]> inputs, List<double[]> kernelInputs, List<double> targets, List<double>? noiseScales, CholeskyFactor factor)
    {
        Hyperparameters = hyperparameters;
        Kernel = new StationaryKernel(kind, hyperparameters.Lengthscales, hyperparameters.Outputscale);
        _inputs = inputs;
        _kernelInputs = kernelInputs;
        _targets = targets;
        _noiseScales = noiseScales;
        _factor = factor;
        _alpha = SolveResiduals(targets, hyperparameters.Mean);
    }

    public GpHyperparameters Hyperparameters { get; }

    public int Count => _inputs.Count;

    public IReadOnlyList<double[]> Inputs => _inputs;

    public IReadOnlyList<double> Targets => _targets;

    internal StationaryKernel Kernel { get; }

    internal CholeskyFactor Factor => _factor;

    internal ReadOnlySpan<double> Alpha => _alpha;

    /// <summary>Conditions a GP with the given hyper-parameters on <paramref name="inputs"/> (n x d) and standardized <paramref name="targets"/>.</summary>
    /// <param name="noiseScales">each observation's noise variance over the noise hyper-parameter (length n, positive); null: all 1.</param>
    public static GaussianProcess Condition(GpHyperparameters hyperparameters, KernelKind kind, IReadOnlyList<double[]> inputs, IReadOnlyList<double> targets,
        IReadOnlyList<double>? noiseScales = null)
    {
        if (inputs.Count != targets.Count)
            throw new ArgumentException($"{inputs.Count} inputs but {targets.Count} targets");
        var scales = CheckedScales(noiseScales, inputs.Count);
        if (targets.Any(t => !double.IsFinite(t)))
            throw new ArgumentException("targets must be finite numbers (got NaN or infinity)", nameof(targets));
        var kernel = new StationaryKernel(kind, hyperparameters.Lengthscales, hyperparameters.Outputscale);
        var x = inputs.ToList();
        var z = hyperparameters.Warp is { } warp ? x.Select(p => warp.Apply(p)).ToList() : x;
        var factor = CholeskyFactor.Factorize(x.Count, (i, j) => kernel.Covariance(z[i], z[j]) + (i == j ? hyperparameters.NoiseVariance * (scales?[i] ?? 1.0) : 0.0));
        return new GaussianProcess(hyperparameters, kind, x, z, targets.ToList(), scales, factor);
    }

    /// <summary>Adds observations with fixed hyper-parameters by extending the Cholesky factor (rank-1 per point).</summary>
    /// <param name="noiseVariance">the added observations' noise variance; null: the fitted one.</param>
    public GaussianProcess WithObservations(IReadOnlyList<double[]> inputs, IReadOnlyList<double> targets, double? noiseVariance = null)
    {
        var x = new List<double[]>(_inputs);
        var z = Hyperparameters.Warp is null ? x : new List<double[]>(_kernelInputs);
        var y = new List<double>(_targets);
        var scales = _noiseScales is null ? null : new List<double>(_noiseScales);
        var factor = _factor.Clone();
        var noise = noiseVariance ?? Hyperparameters.NoiseVariance;
        for (var p = 0; p < inputs.Count; p++)
        {
            var added = KernelInput(inputs[p]);
            var cross = new double[z.Count];
            for (var i = 0; i < z.Count; i++) cross[i] = Kernel.Covariance(z[i], added);
            factor.Append(cross, Kernel.Outputscale + noise);
            x.Add(inputs[p]);
            if (Hyperparameters.Warp is not null) z.Add(added);
            y.Add(targets[p]);
            scales?.Add(noise / Hyperparameters.NoiseVariance);
        }
        return new GaussianProcess(Hyperparameters, Kernel.Kind, x, z, y, scales, factor);
    }

    /// <summary>
    /// This process extended to <paramref name="inputs"/> (n x d), which must begin with this process's inputs, and
    /// conditioned on <paramref name="targets"/> (length n, all of them new): the factor gains a row per new input, in
    /// O((n - m) n^2) instead of O(n^3), by the very operations a fresh factorization would do, so the result equals
    /// <see cref="Condition"/> with the same hyper-parameters bit for bit. Null where that equality cannot hold (the
    /// inputs or <paramref name="noiseScales"/> do not extend this process's, the factor needed jitter, or a new row makes
    /// the matrix indefinite).
    /// </summary>
    internal GaussianProcess? Extend(IReadOnlyList<double[]> inputs, IReadOnlyList<double> targets, IReadOnlyList<double>? noiseScales = null)
    {
        if (inputs.Count < Count || inputs.Count != targets.Count || _factor.Jitter != 0.0) return null;
        var scales = CheckedScales(noiseScales, inputs.Count);
        if ((scales is null) != (_noiseScales is null) || (scales is not null && !scales.Take(Count).SequenceEqual(_noiseScales!))) return null;
        for (var i = 0; i < Count; i++)
            if (!inputs[i].AsSpan().SequenceEqual(_inputs[i])) return null;
        var x = new List<double[]>(_inputs);
        var z = Hyperparameters.Warp is null ? x : new List<double[]>(_kernelInputs);
        var factor = _factor.Clone();
        var signal = Kernel.Outputscale * Kernel.Profile(0.0);
        for (var p = Count; p < inputs.Count; p++)
        {
            var added = KernelInput(inputs[p]);
            var cross = new double[z.Count];
            for (var i = 0; i < z.Count; i++) cross[i] = Kernel.Covariance(added, z[i]);
            if (!factor.TryAppend(cross, signal + Hyperparameters.NoiseVariance * (scales?[p] ?? 1.0))) return null;
            x.Add(inputs[p]);
            if (Hyperparameters.Warp is not null) z.Add(added);
        }
        if (targets.Any(t => !double.IsFinite(t)))
            throw new ArgumentException("targets must be finite numbers (got NaN or infinity)", nameof(targets));
        return new GaussianProcess(Hyperparameters, Kernel.Kind, x, z, targets.ToList(), scales, factor);
    }

    private static List<double>? CheckedScales(IReadOnlyList<double>? noiseScales, int count)
    {
        if (noiseScales is null) return null;
        if (noiseScales.Count != count)
            throw new ArgumentException($"{count} observations but {noiseScales.Count} noise scales", nameof(noiseScales));
        if (noiseScales.Any(r => !(r > 0) || double.IsPositiveInfinity(r)))
            throw new ArgumentException("noise scales must be positive finite numbers", nameof(noiseScales));
        return noiseScales.ToList();
    }

    /// <summary>Posterior mean and latent variance at one point.</summary>
    public (double Mean, double Variance) Predict(ReadOnlySpan<double> x)
    {
        var k = CrossCovariance(x);
        var mean = Hyperparameters.Mean + DenseKernels.Dot(k, _alpha);
        _factor.SolveLower(k);
        return (mean, Math.Max(Kernel.Outputscale - DenseKernels.Dot(k, k), 0.0));
    }

    /// <summary>Posterior mean only (O(n), no solve).</summary>
    public double PredictMean(ReadOnlySpan<double> x) => Hyperparameters.Mean + DenseKernels.Dot(CrossCovariance(x), _alpha);

    /// <summary>Joint posterior mean (m) and covariance (m x m) of the latent function at <paramref name="points"/>.</summary>
    public (double[] Mean, double[][] Covariance) PredictJoint(IReadOnlyList<double[]> points)
    {
        var m = points.Count;
        var z = points.Select(KernelInput).ToArray();
        var mean = new double[m];
        var v = new double[m][];
        for (var a = 0; a < m; a++)
        {
            var k = CrossCovariance(points[a]);
            mean[a] = Hyperparameters.Mean + DenseKernels.Dot(k, _alpha);
            _factor.SolveLower(k);
            v[a] = k;
        }
        var covariance = new double[m][];
        for (var a = 0; a < m; a++)
        {
            covariance[a] = new double[m];
            for (var b = 0; b <= a; b++)
            {
                var c = Kernel.Covariance(z[a], z[b]) - DenseKernels.Dot(v[a], v[b]);
                covariance[a][b] = c;
                covariance[b][a] = c;
            }
        }
        return (mean, covariance);
    }

    /// <summary>k(X, x) for the training inputs X.</summary>
    internal double[] CrossCovariance(ReadOnlySpan<double> x)
    {
        var k = new double[_inputs.Count];
        CrossCovariance(x, k);
        return k;
    }

    /// <summary>k(X, x) for the training inputs X into <paramref name="k"/> (length n).</summary>
    internal void CrossCovariance(ReadOnlySpan<double> x, Span<double> k)
    {
        var warp = Hyperparameters.Warp;
        var z = warp is null ? x : warp.Apply(x, stackalloc double[x.Length]);
        for (var i = 0; i < k.Length; i++) k[i] = Kernel.Covariance(_kernelInputs[i], z);
    }

    /// <summary>
    /// Adds sum_j c_j dk(x, x_j)/dx into <paramref name="gradient"/> (length d) for the training inputs x_j and
    /// <paramref name="coefficients"/> c (length n); with a warp by the chain rule, dk/dz_i times dw_i/dx_i.
    /// </summary>
    internal void AddCrossCovarianceGradient(ReadOnlySpan<double> x, ReadOnlySpan<double> coefficients, Span<double> gradient)
    {
        var warp = Hyperparameters.Warp;
        if (warp is null)
        {
            for (var j = 0; j < _inputs.Count; j++) Kernel.AddCovarianceGradient(x, _inputs[j], coefficients[j], gradient);
            return;
        }
        var z = warp.Apply(x, stackalloc double[x.Length]);
        Span<double> warpedGradient = stackalloc double[x.Length];
        warpedGradient.Clear();
        for (var j = 0; j < _kernelInputs.Count; j++) Kernel.AddCovarianceGradient(z, _kernelInputs[j], coefficients[j], warpedGradient);
        for (var i = 0; i < x.Length; i++) gradient[i] += warpedGradient[i] * warp.Slope(i, x[i]);
    }

    // What the kernel sees of an input: w(x) with a warp, else x itself.
    private double[] KernelInput(double[] x) => Hyperparameters.Warp is { } warp ? warp.Apply(x) : x;

    /// <summary>alpha = K^-1 (targets - mean) for another vector of targets at the same inputs.</summary>
    internal double[] SolveResiduals(IReadOnlyList<double> targets, double mean)
    {
        var alpha = new double[targets.Count];
        for (var i = 0; i < alpha.Length; i++) alpha[i] = targets[i] - mean;
        _factor.SolveLower(alpha);
        _factor.SolveUpper(alpha);
        return alpha;
    }
}
