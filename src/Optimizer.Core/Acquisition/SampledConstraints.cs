using Optimizer.Core.Models;

namespace Optimizer.Core.Acquisition;

/// <summary>
/// Constraints a multi-objective acquisition integrates over its posterior worlds: per constraint its GP posterior with
/// the pending outcomes sampled jointly with the objectives' worlds, and its bounds in model units.
/// </summary>
/// <param name="Constraints">the K constraints (world s of each posterior matches world s of the objectives).</param>
/// <param name="BaseSamples">S x K standard normals, fixed per proposal.</param>
internal sealed record SampledConstraints(IReadOnlyList<ModelledConstraint> Constraints, double[][] BaseSamples);

/// <summary>
/// Per world s, the smoothed feasibility weight W_s = prod_k indicator(c_sk(x)) of the constraint samples at one point x,
/// and the gradient of sum_s a_s log W_s for world coefficients a_s collected with <see cref="AddWorldGradient"/>.
/// </summary>
internal sealed class WorldWeights
{
    private readonly SampledConstraints? _constraints;
    private readonly double[] _logWeights;
    private readonly double[][] _dLogWeights;
    private readonly double[][] _meanWeights;
    private readonly double[] _sigmaWeights;
    private readonly double[] _sigmas;
    private readonly PosteriorWorkspace[] _workspaces;

    public WorldWeights(SampledConstraints? constraints, ReadOnlySpan<double> x, int worlds)
    {
        _constraints = constraints;
        var k = constraints?.Constraints.Count ?? 0;
        _logWeights = k == 0 ? [] : new double[worlds];
        _dLogWeights = new double[k][];
        _meanWeights = new double[k][];
        _sigmaWeights = new double[k];
        _sigmas = new double[k];
        _workspaces = new PosteriorWorkspace[k];
        var means = new double[worlds];
        for (var c = 0; c < k; c++)
        {
            var constraint = constraints!.Constraints[c];
            _workspaces[c] = constraint.Posterior.CreateWorkspace();
            _sigmas[c] = constraint.Posterior.Evaluate(x, means, _workspaces[c]);
            _dLogWeights[c] = new double[worlds];
            _meanWeights[c] = new double[worlds];
            for (var s = 0; s < worlds; s++)
            {
                var value = means[s] + _sigmas[c] * constraints.BaseSamples[s][c];
                _logWeights[s] += SmoothFeasibility.LogIndicator(value, constraint.Lower, constraint.Upper, out _dLogWeights[c][s]);
            }
        }
    }

    /// <summary>W_s (1 without constraints).</summary>
    public double Weight(int world) => _logWeights.Length == 0 ? 1.0 : Math.Exp(_logWeights[world]);

    /// <summary>Collects a_s = <paramref name="coefficient"/>: d(sum_s a_s log W_s) / dc_sk = a_s d log W_s / dc_sk.</summary>
    public void AddWorldGradient(int world, double coefficient)
    {
        for (var c = 0; c < _meanWeights.Length; c++)
        {
            var d = coefficient * _dLogWeights[c][world];
            _meanWeights[c][world] = d;
            _sigmaWeights[c] += d * _constraints!.BaseSamples[world][c];
        }
    }

    /// <summary>Adds <paramref name="scale"/> times the collected gradient in x to <paramref name="gradient"/>.</summary>
    public void AddGradient(ReadOnlySpan<double> x, double scale, Span<double> gradient)
    {
        for (var c = 0; c < _meanWeights.Length; c++)
        {
            for (var s = 0; s < _meanWeights[c].Length; s++) _meanWeights[c][s] *= scale;
            _constraints!.Constraints[c].Posterior.AddGradient(x, _meanWeights[c], _sigmaWeights[c] * scale, _sigmas[c], _workspaces[c], gradient);
        }
    }
}
