using System.Collections.Concurrent;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests.Evaluators;

/// <summary>Intermediate reports leave the command as they are printed; a stopped command gets SIGTERM, then SIGKILL.</summary>
public sealed class CommandEvaluatorEarlyStoppingTests : IDisposable
{
    /// <summary>
    /// Reports two epochs (and lines that are no reports), starts a grandchild that writes child.pid, and on SIGTERM writes
    /// sigterm.txt and keeps sleeping: only the SIGKILL after the grace period ends it.
    /// </summary>
    private const string StubbornTrainer = """
        import json, os, signal, subprocess, sys, time
        trial_dir = os.environ["OPTIMIZER_TRIAL_DIR"]
        signal.signal(signal.SIGTERM, lambda *_: open(os.path.join(trial_dir, "sigterm.txt"), "w").write("asked to stop"))
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
        with open(os.path.join(trial_dir, "child.pid.tmp"), "w") as f:
            f.write(str(child.pid))
        os.replace(os.path.join(trial_dir, "child.pid.tmp"), os.path.join(trial_dir, "child.pid"))
        max_step = float(os.environ["OPTIMIZER_MAX_STEP"])
        print(json.dumps({"step": 1, "auc": 0.6, "max_step": max_step}), flush=True)
        print(json.dumps({"step": 1, "auc": 0.9}), flush=True)
        print(json.dumps({"step": 0.5, "auc": 0.9}), flush=True)
        print(json.dumps({"step": 2, "auc": 0.7}), flush=True)
        for _ in range(1200):
            time.sleep(0.1)
        """;

    private static readonly TimeSpan ProcessExitLimit = TimeSpan.FromSeconds(10);

    private readonly EvaluatorSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task A_stopped_evaluation_gets_sigterm_then_sigkill_after_the_grace_period_and_its_grandchild_dies_too()
    {
        var script = _sandbox.WriteScript("train.py", StubbornTrainer);
        var evaluator = _sandbox.Python(script, earlyStopping: new EarlyStoppingDefinition("asha", 1, 27, 3, TimeSpan.FromSeconds(1)));
        using var stop = new CancellationTokenSource();
        var reports = new ConcurrentQueue<(int Step, IReadOnlyDictionary<string, double> Values)>();
        var request = EvaluatorSandbox.Request() with
        {
            OnIntermediate = (step, values) =>
            {
                reports.Enqueue((step, values));
                if (step == 2)
                    stop.Cancel();
            },
            Stop = stop.Token,
        };

        var result = await evaluator.EvaluateAsync(request, default);

        Assert.StartsWith("stopped early: the study's early stopping pruned the trial", result.Error);
        Assert.Equal([(1, 0.6), (2, 0.7)], reports.Select(r => (r.Step, r.Values["auc"])));
        Assert.Equal(27, reports.First().Values["max_step"]);
        Assert.Equal("asked to stop", File.ReadAllText(Path.Combine(TrialDirectory(), "sigterm.txt")));
        var grandchild = await ProcessProbe.ReadPidWhenWrittenAsync(Path.Combine(TrialDirectory(), "child.pid"), TimeSpan.Zero);
        Assert.True(await ProcessProbe.EndsWithinAsync(grandchild, ProcessExitLimit), $"grandchild {grandchild} survived the stop");
    }

    [Fact]
    public async Task Step_lines_are_reports_not_the_result_and_a_study_without_early_stopping_sets_no_max_step()
    {
        var script = _sandbox.WriteScript("train.py", """
            import json, os
            print(json.dumps({"step": 1, "auc": 0.5}), flush=True)
            print(json.dumps({"auc": 0.8, "has_max_step": float("OPTIMIZER_MAX_STEP" in os.environ)}))
            print(json.dumps({"step": 2, "auc": 0.6}), flush=True)
            """);
        var steps = new ConcurrentQueue<int>();

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request() with { OnIntermediate = (step, _) => steps.Enqueue(step) }, default);

        Assert.Equal((0.8, 0.0), (result.Values!["auc"], result.Values["has_max_step"]));
        Assert.Equal([1, 2], steps);
    }

    private string TrialDirectory() => Path.Combine(_sandbox.TrialsRoot, "trial-0007-a1");
}
