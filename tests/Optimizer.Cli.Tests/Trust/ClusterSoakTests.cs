using Optimizer.Bench.Soak;

namespace Optimizer.Cli.Tests.Trust;

/// <summary>
/// A small soak over the authenticated transport, the same set-up as <c>bench soak</c> at a smaller size: real
/// coordinator and worker processes, workers SIGKILLed and restarted, the coordinator SIGKILLed and restarted twice; the
/// study ends with every trial terminal exactly once, none running, and a sound store.
/// </summary>
public sealed class ClusterSoakTests
{
    private const int Trials = 150;

    // A bound on a hang, not a speed target: the soak takes well under 2 minutes on a 2-core machine at load 4, and
    // some 3 minutes at load 50.
    private static readonly TimeSpan SoakTimeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task Killed_workers_and_two_coordinator_restarts_end_with_every_trial_terminal_once_and_a_sound_store()
    {
        // 150 trials of 100 ms on 3 x 2 slots: long enough to kill workers and restart the coordinator at 1/3 and 2/3.
        // Workers killed 2 s apart is what made Akka's split-brain resolver down every node, the coordinator too, which
        // then stalled the study: the coordinator now starts a fresh actor system and the workers join it again.
        var options = new SoakOptions(Trials, Workers: 3, Slots: 2, KillEverySeconds: 2, CoordinatorRestarts: 2, OptimizerProcess.Dll)
        {
            EvaluationMilliseconds = 100,
        };

        using var deadline = new CancellationTokenSource(SoakTimeout);
        // The soak's progress lines (complete and running trials every 10 s, kills, restarts) say where a hang began.
        var progress = new StringWriter();
        SoakBenchmark.Result result;
        try
        {
            result = await SoakBenchmark.RunAsync(options, progress, deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the soak did not end within {SoakTimeout}:\n{progress}");
        }

        Assert.True(result.CoordinatorExitCode == 0, $"the coordinator exited {result.CoordinatorExitCode}:\n{result.CoordinatorErrors}");
        Assert.Equal(2, result.CoordinatorRestarts);
        Assert.True(result.WorkerKills >= 2, $"{result.WorkerKills} worker kills");
        Assert.Equal(0, result.WorkerExits);
        Assert.Equal(Trials, result.Stored);
        Assert.Equal(Trials, result.Terminal);
        Assert.Equal(0, result.Duplicated);
        Assert.Equal(0, result.Running);
        Assert.Equal("ok", result.IntegrityCheck);
    }
}
