using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

/// <summary>IStrategy's contract: the same seed, history and pending points give the same proposals, whatever came before.</summary>
public sealed class ReplayTests
{
    private const int Workers = 3;

    // Proposals of an asynchronous run (finishing oldest first); a run resumed at proposal `resumeAt` gets a fresh strategy.
    private static List<Assignment> Run(Func<IStrategy> create, IProblem problem, int budget, int? resumeAt)
    {
        var strategy = create();
        var history = new List<Observation>();
        var pending = new Queue<Assignment>();
        var proposals = new List<Assignment>();
        while (proposals.Count < budget)
        {
            while (pending.Count < Workers && proposals.Count < budget)
            {
                if (proposals.Count == resumeAt) strategy = create();
                var proposal = strategy.Propose(history, pending.ToArray(), 1).Single();
                proposals.Add(proposal);
                pending.Enqueue(proposal);
            }
            var finished = pending.Dequeue();
            history.Add(new Observation(finished, problem.Evaluate(finished)));
        }
        return proposals;
    }

    [Theory]
    [InlineData(9)]
    [InlineData(17)]
    public void A_resumed_single_objective_study_proposes_what_the_uninterrupted_one_did(int resumeAt)
    {
        var problem = new Hartmann6();
        IStrategy Create() => new GaussianProcessStrategy(problem.Space, problem.Objectives[0], new GaussianProcessOptions(), 4);

        var uninterrupted = Run(Create, problem, 24, resumeAt: null);
        var resumed = Run(Create, problem, 24, resumeAt);

        Assert.Equal(uninterrupted, resumed, new AssignmentComparer());
    }

    [Fact]
    public void A_resumed_study_with_background_fits_proposes_what_the_uninterrupted_one_did()
    {
        var problem = new Hartmann6();
        // Fits lag a step and run in the background from 8 observations on, the refit step doubling every 4.
        var options = new GaussianProcessOptions { BackgroundFitFrom = 8, RefitInterval = 4 };
        IStrategy Create() => new GaussianProcessStrategy(problem.Space, problem.Objectives[0], options, 4);

        var uninterrupted = Run(Create, problem, 28, resumeAt: null);
        var resumed = Run(Create, problem, 28, resumeAt: 19);

        Assert.Equal(uninterrupted, resumed, new AssignmentComparer());
    }

    [Fact]
    public void A_resumed_study_integrated_over_hyperparameter_samples_proposes_what_the_uninterrupted_one_did()
    {
        var problem = new Hartmann6();
        var options = new GaussianProcessOptions { HyperparameterSamples = 4 };
        IStrategy Create() => new GaussianProcessStrategy(problem.Space, problem.Objectives[0], options, 4);

        var uninterrupted = Run(Create, problem, 20, resumeAt: null);
        var resumed = Run(Create, problem, 20, resumeAt: 13);

        Assert.Equal(uninterrupted, resumed, new AssignmentComparer());
    }

    [Fact]
    public void A_resumed_multi_objective_study_proposes_what_the_uninterrupted_one_did()
    {
        var problem = new BraninCurrin();
        IStrategy Create() => new MultiObjectiveGpStrategy(problem.Space, problem.Objectives, [], new MultiObjectiveOptions { InitialTrials = 6 }, 2);

        var uninterrupted = Run(Create, problem, 16, resumeAt: null);
        var resumed = Run(Create, problem, 16, resumeAt: 11);

        Assert.Equal(uninterrupted, resumed, new AssignmentComparer());
    }
}
