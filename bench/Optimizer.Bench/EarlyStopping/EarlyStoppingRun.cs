using Optimizer.Core.Outcomes;
using Optimizer.Core.Pruning;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Bench.EarlyStopping;

/// <summary>What one simulated study spent and found.</summary>
/// <param name="Epochs">Epochs trained over every trial.</param>
/// <param name="BestFinalLoss">The noiseless final loss of the complete trial with the best observed one (what a user would pick).</param>
/// <param name="Complete">Trials that ran to the last epoch.</param>
/// <param name="Pruned">Trials stopped early.</param>
public sealed record EarlyStoppingRunResult(int Epochs, double BestFinalLoss, int Complete, int Pruned);

/// <summary>
/// One study on a virtual clock, as the coordinator runs it: W workers, each epoch one time unit; a free worker gets the
/// strategy's proposal given the complete trials (history, or with early stopping <see cref="HighestFidelityHistory"/>)
/// and the running and pruned ones (pending); every epoch's loss is a report the pruner judges on the curves as they
/// stand, in the order of the clock.
/// </summary>
public static class EarlyStoppingRun
{
    private static readonly Objective Loss = new("loss", ObjectiveDirection.Minimize);

    public static EarlyStoppingRunResult Simulate(SyntheticLearningCurves problem, IStrategy strategy, IPruner pruner,
        EarlyStoppingOptions options, int seed)
    {
        var curves = new LearningCurves();
        var history = new List<Observation>();
        var pending = new Dictionary<int, Assignment>();
        var points = new Dictionary<int, Assignment>();
        var minimum = HighestFidelityHistory.MinimumFor(problem.Space.Dimension);
        var bestObserved = double.PositiveInfinity;
        var running = new PriorityQueue<Training, (double Time, int Trial)>();
        var (epochs, started, complete, pruned, best) = (0, 0, 0, 0, double.PositiveInfinity);

        void Start(double now)
        {
            var modelled = pruner is NoPruner || options.CompleteOnly
                ? history
                : HighestFidelityHistory.Choose(history, curves, t => points[t], Loss, minimum);
            var point = strategy.Propose(modelled, pending.Values.ToArray(), 1)[0];
            points[started] = point;
            var curve = problem.Curve(point, options.MaxStep, options.Noise, new Random(seed * 100_003 + started));
            pending[started] = point;
            running.Enqueue(new Training(started, point, curve, 1), (now + 1, started));
            started++;
        }

        for (var w = 0; w < Math.Min(options.Workers, options.Trials); w++)
            Start(0);
        while (running.TryDequeue(out var training, out var at))
        {
            epochs++;
            var (trial, step) = (training.Trial, training.Step);
            curves.Add(trial, step, training.Curve[step - 1]);
            var ended = step == options.MaxStep;
            if (ended)
            {
                complete++;
                if (training.Curve[step - 1] < bestObserved)
                    (bestObserved, best) = (training.Curve[step - 1], problem.FinalLoss(training.Point));
                history.Add(new Observation(training.Point, new Dictionary<string, double> { [Loss.Name] = training.Curve[step - 1] }));
                pending.Remove(trial);
            }
            else if (pruner.ShouldStop(curves, trial, step))
            {
                pruned++;
                ended = true; // stays pending: its final value is unknown (as TrialBook keeps it)
            }
            if (!ended)
                running.Enqueue(training with { Step = step + 1 }, (at.Time + 1, trial));
            else if (started < options.Trials)
                Start(at.Time);
        }
        return new EarlyStoppingRunResult(epochs, best, complete, pruned);
    }

    private sealed record Training(int Trial, Assignment Point, double[] Curve, int Step);
}
