namespace Optimizer.Cluster.Tests.Evaluators;

/// <summary>A timeout or a cancellation ends the command and everything it started, not just the command.</summary>
public sealed class CommandEvaluatorProcessTreeTests : IDisposable
{
    /// <summary>Starts a grandchild that sleeps, writes its pid to child.pid in the trial directory, then sleeps too.</summary>
    private const string SpawnSleepingChild = """
        import os, subprocess, sys, time
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
        pid_file = os.path.join(os.environ["OPTIMIZER_TRIAL_DIR"], "child.pid")
        with open(pid_file + ".tmp", "w") as f:
            f.write(str(child.pid))
        os.replace(pid_file + ".tmp", pid_file)
        print("waiting for the child", file=sys.stderr, flush=True)
        time.sleep(120)
        """;

    private static readonly TimeSpan ProcessExitLimit = TimeSpan.FromSeconds(10);

    // Long enough for two python3 starts on a loaded 2-core machine before it lapses (the script sleeps 120 s).
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly EvaluatorSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Timeout_fails_with_the_limit_and_kills_the_grandchild()
    {
        var script = _sandbox.WriteScript("hang.py", SpawnSleepingChild);

        var result = await _sandbox.Python(script, timeout: Timeout).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal("timed out after 10s\nstderr (last lines):\nwaiting for the child", result.Error);
        var grandchild = await ProcessProbe.ReadPidWhenWrittenAsync(ChildPidFile(), TimeSpan.Zero);
        Assert.True(await ProcessProbe.EndsWithinAsync(grandchild, ProcessExitLimit), $"grandchild {grandchild} survived the timeout");
    }

    [Fact]
    public async Task Cancellation_kills_the_tree_and_throws_operation_canceled()
    {
        var script = _sandbox.WriteScript("hang.py", SpawnSleepingChild);
        using var cancellation = new CancellationTokenSource();

        var evaluation = _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), cancellation.Token);
        var grandchild = await ProcessProbe.ReadPidWhenWrittenAsync(ChildPidFile(), TimeSpan.FromSeconds(30));
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => evaluation);
        Assert.True(await ProcessProbe.EndsWithinAsync(grandchild, ProcessExitLimit), $"grandchild {grandchild} survived the cancellation");
    }

    private string ChildPidFile() => Path.Combine(_sandbox.TrialsRoot, "trial-0007-a1", "child.pid");
}
