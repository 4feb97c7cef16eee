namespace Optimizer.Core.Acquisition;

/// <summary>
/// Noisy expected hypervolume improvement, in log space:
/// log( (1/S) sum_s HVI(y_s(x) | P_s) + floor ), with y_sj(x) = mu_sj(x) + sigma_j(x) z_sj for fixed base samples z_s and,
/// per world s, the front P_s of jointly sampled outcomes at the baseline and pending points (the GPs conditioned on
/// those pending samples give mu_s). Daulton, Balandat and Bakshy, "Parallel Bayesian Optimization of Multiple Noisy
/// Objectives with Expected Hypervolume Improvement", NeurIPS 2021, eq. 4; gradients by the reparameterization of
/// Daulton et al. NeurIPS 2020 (HVI is piecewise polynomial in y). The floor keeps the logarithm finite where no world
/// improves. Closed-form objectives enter every world with their exact value. With sampled constraints each world's
/// improvement is weighted by the smoothed feasibility indicator of that world's constraint values at x,
/// c_sk(x) = mu_sk(x) + sigma_k(x) w_sk (<see cref="SmoothFeasibility"/>): the expectation of feasible improvement, as
/// BoTorch's qLogNEHVI computes it (Daulton et al. 2021, sec. 5; the fronts then hold the points feasible in each world).
/// </summary>
/// <param name="objectives">the m objectives in model units (larger is better).</param>
/// <param name="worlds">per world, the box decomposition of the region its front does not dominate.</param>
/// <param name="baseSamples">S x m standard normals, fixed per proposal.</param>
/// <param name="constraints">the K constraints integrated over the same worlds, with their S x K base samples; null: none.</param>
internal sealed class NoisyExpectedHypervolumeImprovement(
    IReadOnlyList<ObjectiveOutcome> objectives, HypervolumeBoxes[] worlds, double[][] baseSamples, SampledConstraints? constraints = null) : IAcquisition
{
    private const double Floor = 1e-12;

    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var m = objectives.Count;
        var count = worlds.Length;
        var withGradient = !gradient.IsEmpty;
        var means = new double[m][];
        var sigmas = new double[m];
        var workspaces = new Models.PosteriorWorkspace?[m];
        var exactGradients = new double[m][];
        for (var j = 0; j < m; j++)
        {
            means[j] = new double[count];
            if (objectives[j].Posterior is { } posterior)
            {
                workspaces[j] = posterior.CreateWorkspace();
                sigmas[j] = posterior.Evaluate(x, means[j], workspaces[j]!);
            }
            else
            {
                exactGradients[j] = withGradient ? new double[x.Length] : [];
                Array.Fill(means[j], objectives[j].ClosedForm!.Evaluate(x, exactGradients[j]));
            }
        }
        var weights = new WorldWeights(constraints, x, count);
        Span<double> y = stackalloc double[m];
        Span<double> dy = stackalloc double[m];
        var dMeans = new double[m][];
        var dSigmas = new double[m];
        for (var j = 0; j < m; j++) dMeans[j] = new double[count];
        var total = 0.0;
        for (var s = 0; s < count; s++)
        {
            for (var j = 0; j < m; j++) y[j] = means[j][s] + sigmas[j] * baseSamples[s][j];
            var improvement = worlds[s].Improvement(y, withGradient ? dy : []);
            var weight = weights.Weight(s);
            total += improvement * weight;
            if (!withGradient) continue;
            for (var j = 0; j < m; j++)
            {
                dMeans[j][s] = dy[j] * weight;
                dSigmas[j] += dy[j] * weight * baseSamples[s][j];
            }
            weights.AddWorldGradient(s, improvement * weight);
        }
        var expected = total / count + Floor;
        if (withGradient)
        {
            gradient.Clear();
            var scale = 1.0 / (count * expected);
            for (var j = 0; j < m; j++)
            {
                for (var s = 0; s < count; s++) dMeans[j][s] *= scale;
                if (objectives[j].Posterior is { } posterior)
                    posterior.AddGradient(x, dMeans[j], dSigmas[j] * scale, sigmas[j], workspaces[j]!, gradient);
                else
                    for (var i = 0; i < gradient.Length; i++) gradient[i] += dMeans[j].Sum() * exactGradients[j][i];
            }
            weights.AddGradient(x, scale, gradient);
        }
        return Math.Log(expected);
    }
}
