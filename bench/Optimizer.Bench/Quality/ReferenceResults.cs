using System.Text.Json;

namespace Optimizer.Bench.Quality;

/// <summary>
/// The public suite's reference medians (BoTorch 0.11.3 sequential, Optuna 4.7 GPSampler with 4 asynchronous workers,
/// random search; 40 evaluations), read from <c>references/reference.json</c> embedded in the bench.
/// </summary>
public sealed class ReferenceResults
{
    /// <summary>The reference optimizers the reports compare against, in column order.</summary>
    public static IReadOnlyList<string> Compared { get; } = ["botorch_seq", "optuna_gp_async4", "random"];

    private readonly Dictionary<string, Dictionary<string, double?>> _medians;

    private ReferenceResults(Dictionary<string, Dictionary<string, double?>> medians) => _medians = medians;

    /// <summary>The references embedded in this assembly.</summary>
    public static ReferenceResults Load()
    {
        using var stream = typeof(ReferenceResults).Assembly.GetManifestResourceStream("reference.json")
            ?? throw new InvalidOperationException("reference.json is not embedded in the bench assembly");
        using var document = JsonDocument.Parse(stream);
        var medians = new Dictionary<string, Dictionary<string, double?>>();
        foreach (var problem in document.RootElement.GetProperty("problems").EnumerateObject())
        {
            medians[problem.Name] = problem.Value.EnumerateObject().ToDictionary(
                o => o.Name,
                o => o.Value.GetProperty("median").ValueKind == JsonValueKind.Number ? o.Value.GetProperty("median").GetDouble() : (double?)null);
        }
        return new ReferenceResults(medians);
    }

    /// <summary>The median of <paramref name="optimizer"/> on <paramref name="problem"/>; null where it was not run.</summary>
    public double? Median(string problem, string optimizer) =>
        _medians.TryGetValue(problem, out var byOptimizer) && byOptimizer.TryGetValue(optimizer, out var median) ? median : null;
}
