using System.Collections.Concurrent;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Cluster.Tests;

/// <summary>Wraps a real strategy, records every call, and throws for the first <c>failures</c> calls.</summary>
internal sealed class RecordingStrategy(IStrategy inner, int failures = 0) : IStrategy
{
    private int _calls;

    public ConcurrentQueue<(IReadOnlyList<Observation> History, IReadOnlyList<Assignment> Pending, int Count)> Calls { get; } = new();

    public IReadOnlyList<Assignment> Propose(
        IReadOnlyList<Observation> history, IReadOnlyList<Assignment> pending, int count)
    {
        Calls.Enqueue((history, pending, count));
        if (Interlocked.Increment(ref _calls) <= failures)
            throw new InvalidOperationException("strategy bug on purpose");
        return inner.Propose(history, pending, count);
    }
}
