using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Space;

/// <summary>A generated search space and one valid point of it.</summary>
public sealed record SpaceSample(SearchSpace Space, Assignment Point)
{
    public override string ToString() =>
        string.Join("; ", Space.Parameters.Select(p => $"{p} = {Point[p.Name]}"));
}
