namespace Optimizer.Cli.Tests;

public sealed class StrategyWarningTests : IDisposable
{
    private const string FallbackLine =
        "warning: objective 'y': the hyper-parameter fit on 3 observations found no point where the likelihood is defined; the prior's mode stands in";

    private readonly StudyDirectory _study = new();

    [Fact]
    public async Task A_hyper_parameter_fit_that_falls_back_is_reported_once_and_its_repeats_counted()
    {
        // y near -1.5e308: its standardization overflows, so no fit of y's model finds a defined likelihood.
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

        var (_, _, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "1"],
            new Dictionary<string, string> { ["EVAL_OFFSET"] = "-1.5e308" });

        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var fits = lines.Where(line => line.Contains("the hyper-parameter fit")).ToList();
        Assert.True(fits.Count(line => line == FallbackLine) == 1, stderr);
        Assert.True(fits.Skip(1).All(line => line.StartsWith("warning: ", StringComparison.Ordinal) && line.Contains(" more like it in ")), stderr);
    }

    public void Dispose() => _study.Dispose();
}
