namespace Optimizer.Viewer.Analysis;

/// <summary>The study's progress measure right after trial <paramref name="Trial"/> completed.</summary>
/// <param name="Trial">The trial number whose completion this point follows.</param>
/// <param name="FinishedAt">When that trial finished.</param>
/// <param name="ElapsedSeconds">Seconds from the study's first start to <paramref name="FinishedAt"/>.</param>
/// <param name="Value">Best feasible value (one objective) or hypervolume of the feasible front; null before any feasible trial.</param>
public sealed record ProgressPoint(int Trial, DateTimeOffset FinishedAt, double ElapsedSeconds, double? Value);
