using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>A finished evaluation: the point and every metric it reported.</summary>
public sealed record Observation(IReadOnlyDictionary<string, ParameterValue> Parameters, IReadOnlyDictionary<string, double> Values);
