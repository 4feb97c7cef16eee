using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ares.Compare;

/// <summary>The comparison as a text table (with the published finding beside it) and as JSON.</summary>
internal sealed record ComparisonReport(ComparisonOptions Options, IReadOnlyList<AlgorithmSummary> Summaries, IReadOnlyList<EpisodeResult> Episodes, double WallSeconds)
{
    private const string PublishedFinding =
        "Kaiser et al., Sci. Rep. 14 (2024), arXiv:2306.03739: on ARES, Bayesian optimisation beats random search and\n"
        + "Nelder-Mead (and extremum seeking) in final beam error; a trained RL optimiser is faster still.";

    public static ComparisonReport Of(ComparisonOptions options, IReadOnlyList<EpisodeResult> episodes, double wallSeconds) => new(
        options,
        episodes.GroupBy(e => e.Algorithm).Select(g => AlgorithmSummary.Of(g.Key, g.ToArray())).ToArray(),
        episodes,
        wallSeconds);

    public string Table()
    {
        var threshold = Options.ThresholdMeters * 1e6;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"ARES transverse tuning: {Options.Tasks} tasks x {Options.Steps} steps, seed {Options.Seed}, screen noise 5 um, objective ln(MAE)");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"algorithm",-12} {"best observed MAE",18} {"true MAE of best",17} {$"steps to {threshold:0} um",16} {"never",6} {"time",9}");
        foreach (var s in Summaries)
        {
            var steps = s.MedianStepsToThreshold?.ToString(CultureInfo.InvariantCulture) ?? $">{Options.Steps}";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{s.Algorithm,-12} {s.MedianBestObservedUm,15:0.0} um {s.MedianTrueErrorOfBestUm,14:0.0} um {steps,16} {$"{s.NeverReached}/{s.Tasks}",6} {s.Seconds,8:0.0}s");
        }
        text.AppendLine("(medians over tasks; 'true MAE of best': noise-free error of the best observed settings with the last step's beam;");
        text.AppendLine(CultureInfo.InvariantCulture, $" 'never': tasks whose observed MAE never reached {threshold:0} um; time: summed episode time, wall {WallSeconds:0.0}s)");
        text.AppendLine(PublishedFinding);
        return text.ToString();
    }

    public string Json() => JsonSerializer.Serialize(new
    {
        tasks = Options.Tasks,
        steps = Options.Steps,
        seed = Options.Seed,
        threshold_um = Options.ThresholdMeters * 1e6,
        objective = "minimize ln(MAE / 1 m)",
        wall_seconds = WallSeconds,
        summaries = Summaries.Select(s => new
        {
            algorithm = s.Algorithm,
            median_best_observed_mae_um = s.MedianBestObservedUm,
            median_true_mae_of_best_um = s.MedianTrueErrorOfBestUm,
            median_steps_to_threshold = s.MedianStepsToThreshold,
            never_reached = s.NeverReached,
            seconds = s.Seconds,
        }),
        episodes = Episodes.Select(e => new
        {
            algorithm = e.Algorithm,
            task = e.Task,
            best_observed_mae_um = e.BestObservedError * 1e6,
            true_mae_of_best_um = e.TrueErrorOfBest * 1e6,
            steps_to_threshold = e.StepsToThreshold,
            seconds = e.Seconds,
        }),
    }, new JsonSerializerOptions { WriteIndented = true });
}
