using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Analysis;

/// <summary>
/// How much each parameter matters to one objective, by PED-ANOVA (Watanabe et al., "PED-ANOVA: Efficiently
/// Quantifying Hyperparameter Importance in Arbitrary Subspaces", IJCAI 2023): the Pearson divergence between
/// the distribution of a parameter over the best trials (the top <see cref="TopQuantile"/>) and over all complete
/// trials, D = Σ_b p_top(b)² / p_all(b) − 1. The densities are histograms of <see cref="Bins"/> equal bins of the
/// parameter's unit coordinate (log parameters in log space), one bin per choice for a categorical parameter.
/// A parameter whose best values sit where all values sit scores 0; importances are normalized to sum to 1.
/// </summary>
internal static class ParameterImportance
{
    /// <summary>The share of complete trials that counts as the best (Optuna's default for PED-ANOVA).</summary>
    public const double TopQuantile = 0.1;

    /// <summary>Bins of a numeric parameter's unit interval.</summary>
    public const int Bins = 10;

    /// <summary>Fewer complete trials than this tell nothing: the result is empty.</summary>
    public const int MinimumTrials = 4;

    /// <summary>Each parameter's share of the importance for <paramref name="objective"/>, largest first; empty below <see cref="MinimumTrials"/>.</summary>
    public static IReadOnlyList<(string Parameter, double Importance)> Of(SearchSpace space, Objective objective, IReadOnlyList<Trial> trials)
    {
        var divergences = Divergences(space, objective, trials);
        var total = divergences.Sum(d => d.Divergence);
        return divergences
            .Select(d => (d.Parameter, total > 0 ? d.Divergence / total : 0))
            .OrderByDescending(d => d.Item2)
            .ToArray();
    }

    /// <summary>The raw Pearson divergence of each parameter, in the space's order; empty below <see cref="MinimumTrials"/>.</summary>
    public static IReadOnlyList<(string Parameter, double Divergence)> Divergences(SearchSpace space, Objective objective, IReadOnlyList<Trial> trials)
    {
        var scored = trials
            .Where(t => t.State == TrialState.Complete && t.Values.TryGetValue(objective.Name, out var v) && double.IsFinite(v))
            .OrderBy(t => objective.Direction == ObjectiveDirection.Minimize ? t.Values[objective.Name] : -t.Values[objective.Name])
            .ThenBy(t => t.Number)
            .ToArray();
        if (scored.Length < MinimumTrials)
            return [];
        var top = scored[..Math.Max(2, (int)Math.Ceiling(TopQuantile * scored.Length))];
        return space.Parameters.Select(p => (p.Name, Pearson(Histogram(p, top), Histogram(p, scored)))).ToArray();
    }

    // Σ_b p_top(b)² / p_all(b) − 1; every top trial is also in all, so p_all(b) = 0 implies p_top(b) = 0.
    private static double Pearson(double[] top, double[] all)
    {
        var sum = 0.0;
        for (var b = 0; b < top.Length; b++)
            if (all[b] > 0)
                sum += top[b] * top[b] / all[b];
        return Math.Max(0, sum - 1);
    }

    private static double[] Histogram(Parameter parameter, IReadOnlyList<Trial> trials)
    {
        var counts = new double[parameter is CategoricalParameter c ? c.Choices.Count : Bins];
        Span<double> unit = stackalloc double[1];
        foreach (var trial in trials)
        {
            var value = trial.Parameters[parameter.Name];
            int bin;
            if (parameter is CategoricalParameter categorical)
                bin = IndexOf(categorical.Choices, value.Choice);
            else
            {
                parameter.Encode(value, unit);
                bin = Math.Clamp((int)Math.Floor(unit[0] * Bins), 0, Bins - 1);
            }
            if (bin >= 0)
                counts[bin]++;
        }
        var total = counts.Sum();
        for (var b = 0; b < counts.Length && total > 0; b++)
            counts[b] /= total;
        return counts;
    }

    private static int IndexOf(IReadOnlyList<string> choices, string? choice)
    {
        for (var i = 0; i < choices.Count; i++)
            if (choices[i] == choice)
                return i;
        return -1;
    }
}
