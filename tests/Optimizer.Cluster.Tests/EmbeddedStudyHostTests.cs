using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Hosting;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

public sealed class EmbeddedStudyHostTests : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(30);

    private readonly TemporaryStudy _study = new(trials: 13, maxConsecutiveFailures: 3);

    [Fact]
    public async Task Several_workers_spend_the_budget_exactly()
    {
        var evaluator = new DelegateEvaluator(async (point, cancel) =>
        {
            await Task.Yield();
            return new Dictionary<string, double> { ["y"] = Math.Pow(point["x"].Number - 0.3, 2) };
        }, ["y"]);

        var result = await Start(evaluator, workers: 4).Completion.WaitAsync(RunTimeout);

        Assert.Equal(StudyOutcome.Finished, result.Outcome);
        var trials = _study.ReadTrials();
        Assert.Equal(Enumerable.Range(trials[0].Number, 13), trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.Equal(TrialState.Complete, t.State));
        Assert.Equal(4, trials.Select(t => t.Worker).Distinct().Count());
    }

    [Fact]
    public async Task Stop_cancels_evaluations_and_records_running_trials_as_interrupted()
    {
        var allRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = 0;
        var evaluator = new DelegateEvaluator(async (_, cancel) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            finally
            {
                Interlocked.Increment(ref cancelled);
            }
            return new Dictionary<string, double>();
        }, ["y"]);
        var host = Start(evaluator, workers: 3, onProgress: c =>
        {
            if (c.Progress.Running == 3)
                allRunning.TrySetResult();
        });
        await allRunning.Task.WaitAsync(RunTimeout);

        var result = await host.StopAsync().WaitAsync(RunTimeout);

        Assert.Equal(StudyOutcome.Interrupted, result.Outcome);
        Assert.Equal(3, cancelled);
        var interrupted = _study.ReadTrials().Where(t => t.State == TrialState.Interrupted).ToArray();
        Assert.Equal(3, interrupted.Length);
    }

    [Fact]
    public async Task A_study_whose_evaluator_always_throws_ends_with_too_many_failures()
    {
        var evaluator = new DelegateEvaluator((_, _) => throw new InvalidOperationException("no detector today"), ["y"]);

        var result = await Start(evaluator, workers: 2).Completion.WaitAsync(RunTimeout);

        Assert.Equal(StudyOutcome.TooManyFailures, result.Outcome);
        Assert.Contains("no detector today", result.Message);
    }

    public void Dispose() => _study.Dispose();

    private EmbeddedStudyHost Start(IEvaluator evaluator, int workers, Action<ProgressChanged>? onProgress = null) =>
        EmbeddedStudyHost.Start(_study.Store, _study.Definition, new SobolStrategy(_study.Definition.Space, 7), evaluator,
            new EmbeddedStudyOptions(workers, new CoordinatorSettings(_study.Definition.Trials, _study.Definition.MaxConsecutiveFailures)),
            onProgress);
}
