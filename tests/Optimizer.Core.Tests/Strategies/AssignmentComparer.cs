using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Strategies;

/// <summary>Two assignments are equal when they have the same parameter names and values.</summary>
internal sealed class AssignmentComparer : IEqualityComparer<Assignment>
{
    public bool Equals(Assignment? a, Assignment? b) =>
        a is not null && b is not null && a.Count == b.Count
        && a.All(pair => b.TryGetValue(pair.Key, out var other) && other == pair.Value);

    public int GetHashCode(Assignment point) => point.Count;
}
