using Optimizer.Core.Space;

namespace Optimizer.Core.Problems;

/// <summary>The best value of a single-objective problem and the points where it is attained (one or more).</summary>
public sealed record KnownOptimum(double Value, IReadOnlyList<Assignment> Locations);
