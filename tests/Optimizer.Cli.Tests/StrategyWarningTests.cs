using Optimizer.Core.Studies;

namespace Optimizer.Cli.Tests;

/// <summary>
/// What a study's stderr says about its strategy when the evaluator reports metrics near the largest double. Such values
/// once overflowed the model's standardization, so every hyper-parameter fit fell back to the prior's mode (one warning,
/// its repeats counted) and then every proposal failed, which ended the study after five. Since no study input can make a
/// fit fall back any longer, the report itself is tested below the process: the strategies' Warn in
/// Optimizer.Core.Tests' FitFallbackWarningTests (a fit made to fail by its options), its once-and-counted lines in
/// <see cref="RepeatedWarningsTests"/>.
/// </summary>
public sealed class StrategyWarningTests : IDisposable
{
    private readonly StudyDirectory _study = new();

    [Theory]
    [InlineData("EVAL_OFFSET", "-1.5e308")] // every y -1.5e308
    [InlineData("EVAL_SCALE", "1.5e308")] // y from 0 to 1.3e308
    public async Task A_study_whose_metric_is_near_the_largest_double_runs_its_budget_with_no_fit_fallback_or_failed_proposal(string variable, string value)
    {
        var study = _study.WriteRaw($$"""
            name: demo
            parameters:
              - {name: x, type: float, low: 0, high: 1}
              - {name: n, type: int, low: 0, high: 4}
            objectives:
              - {name: y, direction: minimize}
              - {name: z, direction: minimize, expression: "x + n"}
            evaluator:
              command: [python3, "{{StudyDirectory.Script}}", --x, "{x}", --n, "{n}"]
              timeout: 20s
            budget: {trials: 10}
            strategy: {kind: nehvi, initial_trials: 3}

            """);

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "1"],
            new Dictionary<string, string> { [variable] = value });

        Assert.True(exitCode == 0, stderr);
        Assert.DoesNotContain("the hyper-parameter fit", stderr);
        Assert.DoesNotContain("the strategy failed to propose", stderr);
        var trials = _study.ReadTrials();
        Assert.Equal(10, trials.Count(t => t.State == TrialState.Complete));
        Assert.InRange(trials.Max(t => Math.Abs(t.Values["y"])), 1e307, double.MaxValue);
    }

    public void Dispose() => _study.Dispose();
}
