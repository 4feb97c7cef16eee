using System.Diagnostics;

namespace Optimizer.Cluster.Tests.Evaluators;

/// <summary>
/// Hostile evaluators: whatever they print or leave behind, the evaluation ends when the command exits, in bounded
/// memory, with a reason, and nothing the command started survives it.
/// </summary>
public sealed class CommandEvaluatorBoundsTests : IDisposable
{
    private static readonly TimeSpan ProcessExitLimit = TimeSpan.FromSeconds(10);
    private readonly EvaluatorSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task A_100_MB_metrics_line_is_refused_in_bounded_memory()
    {
        var script = _sandbox.WriteScript("flood.py", """
            import sys
            sys.stdout.write('{"auc": "')
            chunk = "x" * (1 << 20)
            for _ in range(100):
                sys.stdout.write(chunk)
            sys.stdout.write('"}\n')
            """);

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("the last JSON object on stdout is 1048576", result.Error);
        Assert.Contains("over the 1 MiB limit for a metrics line", result.Error);
        Assert.True(result.Error!.Length < 4096, $"the error quotes {result.Error.Length} characters of output");
        // Reading 100 MB into one string took the process past 1.9 GB; fixed buffers keep it near the test host's own size.
        Assert.True(Process.GetCurrentProcess().PeakWorkingSet64 < 1L << 30, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MiB");
    }

    [Fact]
    public async Task Metrics_after_a_100_MB_line_are_read()
    {
        var script = _sandbox.WriteScript("flood.py", """
            import sys
            chunk = "y" * (1 << 20)
            for _ in range(100):
                sys.stdout.write(chunk)
            print()
            print('{"auc": 0.75}')
            """);

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(0.75, result.Values!["auc"]);
    }

    [Fact]
    public async Task Result_file_that_is_a_fifo_fails_at_once_naming_it()
    {
        var script = _sandbox.WriteScript("fifo.py", """
            import os
            os.mkfifo(os.environ["OPTIMIZER_RESULT_FILE"])
            print('{"auc": 0.5}')
            """);
        var started = Stopwatch.StartNew();

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.False(result.IsSuccess);
        Assert.EndsWith("result.json' is a FIFO, not a regular file; write the metrics into a plain file", result.Error);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"took {started.Elapsed}");
    }

    [Fact]
    public async Task Result_file_that_links_to_a_device_is_refused_unread()
    {
        var script = _sandbox.WriteScript("zero.py", """
            import os
            os.symlink("/dev/zero", os.environ["OPTIMIZER_RESULT_FILE"])
            """);

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.EndsWith("result.json' is a symbolic link, not a regular file; write the metrics into a plain file", result.Error);
    }

    [Fact]
    public async Task Result_file_over_1_MiB_is_refused_with_its_size()
    {
        var script = _sandbox.WriteScript("big.py", """
            import os
            with open(os.environ["OPTIMIZER_RESULT_FILE"], "w") as f:
                f.write('{"auc": 0.5, "pad": "' + "z" * (2 << 20) + '"}')
            """);

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Contains("result.json' is 2097175 bytes, over the 1 MiB limit for metrics", result.Error);
    }

    [Fact]
    public async Task Command_runs_as_the_leader_of_its_own_process_group()
    {
        var script = _sandbox.WriteScript("group.py", """
            import json, os
            print(json.dumps({"auc": 1.0 if os.getpgid(0) == os.getpid() == os.getsid(0) else 0.0}))
            """);

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(1.0, result.Values!["auc"]);
    }

    [Fact]
    public async Task Timeout_kills_a_double_forked_grandchild()
    {
        var script = _sandbox.WriteScript("daemon.py", DoubleFork(thenParent: "time.sleep(120)"));

        var result = await _sandbox.Python(script, timeout: TimeSpan.FromSeconds(3)).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.StartsWith("timed out after 3s", result.Error);
        var grandchild = await ProcessProbe.ReadPidWhenWrittenAsync(GrandchildPidFile(), TimeSpan.Zero);
        Assert.True(await ProcessProbe.EndsWithinAsync(grandchild, ProcessExitLimit), $"double-forked grandchild {grandchild} survived the timeout");
    }

    [Fact]
    public async Task Command_that_exits_leaving_a_child_on_stdout_completes_when_it_exits()
    {
        var script = _sandbox.WriteScript("leave.py", DoubleFork(thenParent: "print('{\"auc\": 0.8}', flush=True)"));
        var started = Stopwatch.StartNew();

        var result = await _sandbox.Python(script, timeout: TimeSpan.FromSeconds(60)).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(0.8, result.Values!["auc"]);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"took {started.Elapsed}: waited on the child's stdout");
        var grandchild = await ProcessProbe.ReadPidWhenWrittenAsync(GrandchildPidFile(), TimeSpan.Zero);
        Assert.True(await ProcessProbe.EndsWithinAsync(grandchild, ProcessExitLimit), $"leftover child {grandchild} outlived its trial");
    }

    // Forks twice (the middle process exits at once, so init adopts the grandchild, which keeps stdout open and sleeps);
    // the parent waits until the grandchild has written its pid, then runs thenParent.
    private static string DoubleFork(string thenParent) => $$"""
        import os, sys, time
        pid_file = os.path.join(os.environ["OPTIMIZER_TRIAL_DIR"], "grandchild.pid")
        if os.fork() == 0:
            if os.fork() == 0:
                with open(pid_file + ".tmp", "w") as f:
                    f.write(str(os.getpid()))
                os.replace(pid_file + ".tmp", pid_file)
                time.sleep(120)
            os._exit(0)
        os.wait()
        while not os.path.exists(pid_file):
            time.sleep(0.05)
        {{thenParent}}
        """;

    private string GrandchildPidFile() => Path.Combine(_sandbox.TrialsRoot, "trial-0007-a1", "grandchild.pid");
}
