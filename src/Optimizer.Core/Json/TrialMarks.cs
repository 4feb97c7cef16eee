namespace Optimizer.Core.Json;

/// <summary>
/// The trials an export singles out: for several objectives those on the Pareto front (<c>pareto</c>), for one the trial
/// recommended by the posterior mean (<c>recommended</c>, <see cref="Studies.Recommendation"/>: the one to trust when the
/// objective is noisy). Each field is written for every trial, true or false; a null member: no such field.
/// </summary>
/// <param name="Pareto">numbers of the trials on the Pareto front; null for one objective.</param>
/// <param name="Recommended">number of the recommended trial; null for several objectives or too few complete trials.</param>
public sealed record TrialMarks(IReadOnlySet<int>? Pareto, int? Recommended);
