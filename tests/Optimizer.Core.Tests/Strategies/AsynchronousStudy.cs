using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

/// <summary>
/// Runs a strategy on a problem as a study with <c>workers</c> trials in flight: whenever a worker is free it gets one
/// proposal made with the others pending, and trials finish in the order they started. Records every proposal with the
/// pending points it was made against.
/// </summary>
internal sealed class AsynchronousStudy(IStrategy strategy, IProblem problem, int workers)
{
    public List<Observation> History { get; } = [];

    public List<(Assignment Proposal, Assignment[] Pending)> Proposals { get; } = [];

    public AsynchronousStudy Run(int budget)
    {
        var pending = new Queue<Assignment>();
        while (History.Count < budget)
        {
            while (pending.Count < workers && History.Count + pending.Count < budget)
            {
                var snapshot = pending.ToArray();
                var proposal = strategy.Propose(History, snapshot, 1).Single();
                Proposals.Add((proposal, snapshot));
                pending.Enqueue(proposal);
            }
            var finished = pending.Dequeue();
            History.Add(new Observation(finished, problem.Evaluate(finished)));
        }
        return this;
    }
}
