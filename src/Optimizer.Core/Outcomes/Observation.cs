using Optimizer.Core.Space;

namespace Optimizer.Core.Outcomes;

/// <summary>
/// A finished evaluation: the point and every metric it reported, or, when <paramref name="Failed"/>, a point whose
/// evaluation failed (it reported nothing). Strategies never propose a failed point again and learn where trials fail.
/// </summary>
public sealed record Observation(Assignment Parameters, IReadOnlyDictionary<string, double> Values, bool Failed = false)
{
    /// <summary>The failed evaluation of <paramref name="parameters"/>.</summary>
    public static Observation Failure(Assignment parameters) =>
        new(parameters, new Dictionary<string, double>(), Failed: true);
}
