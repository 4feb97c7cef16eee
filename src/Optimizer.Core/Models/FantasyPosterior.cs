using Optimizer.Core.Numerics;

namespace Optimizer.Core.Models;

/// <summary>
/// S posterior "worlds" used to integrate an acquisition function by quasi-Monte-Carlo: in world s the outcomes of the
/// pending (still running) points are a joint posterior sample y_p^s and the model is conditioned on them (a fantasy),
/// and the incumbent is the largest jointly sampled latent value f^s over the best observed points and the pending ones.
/// All worlds share the inputs, hence the Cholesky factor and the posterior variance; only alpha_s and the incumbent differ.
/// Balandat et al., "BoTorch", NeurIPS 2020 (fantasies); Letham et al., "Constrained Bayesian Optimization with Noisy
/// Experiments", Bayesian Analysis 2019 (sampled incumbents for noisy observations).
/// </summary>
internal sealed class FantasyPosterior
{
    // Relative variance that keeps the factor positive definite when conditioning on latent samples (exact up to it).
    private const double LatentJitter = 1e-6;

    private readonly double[][] _alphas;

    private FantasyPosterior(GaussianProcess model, double[][] alphas, double[] incumbents, double[][] jointSamples)
    {
        Model = model;
        _alphas = alphas;
        Incumbents = incumbents;
        JointSamples = jointSamples;
    }

    /// <summary>Per world, the joint latent sample at the baseline points then the pending points (Worlds x (B + P)).</summary>
    public double[][] JointSamples { get; }

    /// <summary>The model conditioned on observations and pending points (targets of world 0).</summary>
    public GaussianProcess Model { get; }

    /// <summary>Incumbent (best latent value) of each world, standardized units.</summary>
    public double[] Incumbents { get; }

    public int Worlds => Incumbents.Length;

    /// <param name="model">GP on the observations (standardized, larger is better).</param>
    /// <param name="pending">encoded pending points (P x d).</param>
    /// <param name="normals">base samples: Worlds rows of at least baselineSize + 2P standard normals, fixed per proposal (quasi-MC).</param>
    /// <param name="baselineSize">how many observed points, best by posterior mean, may hold the incumbent.</param>
    /// <param name="outcomes">what the pending outcomes are taken to be.</param>
    public static FantasyPosterior Create(GaussianProcess model, IReadOnlyList<double[]> pending, double[][] normals, int baselineSize, PendingOutcomes outcomes) =>
        Create(model, BestObserved(model, baselineSize), pending, normals, outcomes);

    /// <param name="model">GP on the observations (standardized, larger is better).</param>
    /// <param name="baseline">encoded points (B x d) sampled jointly with the pending ones; the incumbent is the best of them.</param>
    /// <param name="pending">encoded pending points (P x d).</param>
    /// <param name="normals">base samples: Worlds rows of at least B + 2P standard normals, fixed per proposal (quasi-MC).</param>
    /// <param name="outcomes">what the pending outcomes are taken to be: with latent samples the candidate is sampled
    /// jointly with the pending points, as in BoTorch's qLogNEI with X_pending.</param>
    public static FantasyPosterior Create(GaussianProcess model, IReadOnlyList<double[]> baseline, IReadOnlyList<double[]> pending, double[][] normals, PendingOutcomes outcomes)
    {
        var joint = baseline.Concat(pending).ToList();
        var (mean, covariance) = model.PredictJoint(joint);
        var latent = outcomes == PendingOutcomes.LatentSamples;
        if (outcomes == PendingOutcomes.PosteriorMean)
        {
            var pendingMeans = mean.Skip(baseline.Count).ToArray();
            var believed = model.WithObservations(pending, pendingMeans);
            return new FantasyPosterior(believed, [believed.SolveResiduals(believed.Targets, believed.Hyperparameters.Mean)], [mean.DefaultIfEmpty(double.NegativeInfinity).Max()], [mean]);
        }
        var worlds = normals.Length;
        var root = CholeskyFactor.Factorize(joint.Count, (i, j) => covariance[i][j] + (i == j ? 1e-9 : 0.0));
        var noiseSd = latent ? 0.0 : Math.Sqrt(model.Hyperparameters.NoiseVariance);
        var incumbents = new double[worlds];
        var fantasies = new double[worlds][];
        var samples = new double[worlds][];
        for (var s = 0; s < worlds; s++)
        {
            var sample = new double[joint.Count];
            for (var i = 0; i < joint.Count; i++)
                sample[i] = mean[i] + DenseKernels.Dot(root.Row(i), normals[s].AsSpan(0, i + 1));
            samples[s] = sample;
            incumbents[s] = sample.DefaultIfEmpty(double.NegativeInfinity).Max();
            fantasies[s] = new double[pending.Count];
            for (var p = 0; p < pending.Count; p++)
                fantasies[s][p] = sample[baseline.Count + p] + noiseSd * normals[s][joint.Count + p];
        }
        if (pending.Count == 0)
            return new FantasyPosterior(model, [model.Alpha.ToArray()], incumbents, samples);
        var fantasized = model.WithObservations(pending, fantasies[0], latent ? LatentJitter * model.Kernel.Outputscale : null);
        var alphas = new double[worlds][];
        for (var s = 0; s < worlds; s++)
            alphas[s] = fantasized.SolveResiduals(model.Targets.Concat(fantasies[s]).ToList(), model.Hyperparameters.Mean);
        return new FantasyPosterior(fantasized, alphas, incumbents, samples);
    }

    /// <summary>
    /// Posterior at <paramref name="x"/>: the mean of each world into <paramref name="means"/> (length <see cref="Worlds"/>)
    /// and the shared latent standard deviation. Fills <paramref name="workspace"/> for <see cref="AddGradient"/>.
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> x, Span<double> means, PosteriorWorkspace workspace)
    {
        var k = workspace.Covariance;
        var kernel = Model.Kernel;
        Model.CrossCovariance(x, k);
        var c = Model.Hyperparameters.Mean;
        for (var s = 0; s < means.Length; s++)
            means[s] = c + DenseKernels.Dot(k, _alphas[Math.Min(s, _alphas.Length - 1)]);
        var v = workspace.Whitened;
        k.CopyTo(v, 0);
        Model.Factor.SolveLower(v);
        var variance = kernel.Outputscale - DenseKernels.Dot(v, v);
        return Math.Sqrt(Math.Max(variance, 1e-12 * kernel.Outputscale));
    }

    /// <summary>
    /// Adds d(acquisition)/dx given d(acquisition)/d(mean_s) and d(acquisition)/d(sigma) at the point last passed to
    /// <see cref="Evaluate"/> with the same workspace.
    /// </summary>
    public void AddGradient(ReadOnlySpan<double> x, ReadOnlySpan<double> meanWeights, double sigmaWeight, double sigma, PosteriorWorkspace workspace, Span<double> gradient)
    {
        var n = Model.Count;
        // d sigma/dx = -(K^-1 k)^T dk/dx / sigma; d mean_s/dx = alpha_s^T dk/dx.
        var w = workspace.Whitened;
        Model.Factor.SolveUpper(w);
        var coefficient = workspace.Coefficients;
        for (var j = 0; j < n; j++) coefficient[j] = -sigmaWeight * w[j] / sigma;
        for (var s = 0; s < meanWeights.Length; s++)
            if (meanWeights[s] != 0.0)
                DenseKernels.Axpy(meanWeights[s], _alphas[Math.Min(s, _alphas.Length - 1)], coefficient);
        Model.AddCrossCovarianceGradient(x, coefficient, gradient);
    }

    public PosteriorWorkspace CreateWorkspace() => new(Model.Count);

    private static List<double[]> BestObserved(GaussianProcess model, int count)
    {
        var means = model.Inputs.Select(x => model.PredictMean(x)).ToArray();
        return Enumerable.Range(0, model.Count).OrderByDescending(i => means[i]).Take(Math.Max(1, count)).Select(i => model.Inputs[i]).ToList();
    }
}

/// <summary>Per-thread scratch buffers of a <see cref="FantasyPosterior"/> (length n + P each).</summary>
internal sealed class PosteriorWorkspace(int size)
{
    public double[] Covariance { get; } = new double[size];

    public double[] Whitened { get; } = new double[size];

    public double[] Coefficients { get; } = new double[size];
}
