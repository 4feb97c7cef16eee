using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Bench;

/// <summary>
/// A strategy run with a fixed number of points in flight, as asynchronous workers see it. With <c>pending</c> = P &gt; 0,
/// P points are always being evaluated: the oldest finishes, then the strategy proposes one point given the history and
/// the other P - 1 pending. With P = 0 each point is evaluated before the next is proposed.
/// </summary>
public static class AsynchronousLoop
{
    /// <param name="afterEach">called after each evaluation with the history so far (finishing order).</param>
    public static void Run(
        IStrategy strategy,
        int pending,
        int budget,
        Func<Assignment, IReadOnlyDictionary<string, double>> evaluate,
        Action<IReadOnlyList<Observation>> afterEach)
    {
        var inFlight = Math.Max(pending, 1);
        var history = new List<Observation>(budget);
        var running = new List<Assignment>(inFlight);
        var proposed = 0;
        while (history.Count < budget)
        {
            while (running.Count < inFlight && proposed < budget)
            {
                running.Add(strategy.Propose(history, running, 1)[0]);
                proposed++;
            }
            var finished = running[0];
            running.RemoveAt(0);
            history.Add(new Observation(finished, evaluate(finished)));
            afterEach(history);
        }
    }
}
