namespace Optimizer.Cli.Tests;

public sealed class StudyFileErrorTests : IDisposable
{
    private const string Valid = """
        name: demo
        parameters:
          - {name: x, type: float, low: 0, high: 1}
        objectives:
          - {name: y, direction: minimize}
        evaluator:
          command: [python3, eval.py, "{x}"]
        budget: {trials: 3}
        """;

    private readonly StudyDirectory _study = new();

    [Theory]
    [InlineData("malformed YAML", "name: demo", "name: demo: x", 1, "malformed YAML")]
    [InlineData("unknown type", "type: float", "type: complex", 3, "parameters[0].type")]
    [InlineData("empty range", "low: 0, high: 1", "low: 1, high: 0", 3, "parameters[0]")]
    [InlineData("placeholder naming no parameter", "\"{x}\"", "\"{z}\"", 7, "evaluator.command")]
    [InlineData("missing objective", "objectives:\n  - {name: y, direction: minimize}\n", "", 1, "objectives")]
    [InlineData("timeout no timer can wait for", "budget:", "  timeout: 2000h\nbudget:", 8, "evaluator.timeout: '2000h' is longer than the longest supported, 1193h (49.7 days)")]
    [InlineData("empty parameter name", "{name: x,", "{name: '',", 3, "parameters[0].name: empty")]
    [InlineData("empty objective name", "{name: y,", "{name: \"\",", 5, "objectives[0].name: empty")]
    public async Task Bad_study_file_exits_2_naming_file_line_and_field(string problem, string replace, string with, int line, string field)
    {
        var study = _study.WriteRaw(Valid.Replace(replace, with));
        Assert.NotEqual(Valid, File.ReadAllText(study));

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study]);

        Assert.True(exitCode == 2, $"{problem}: exit code {exitCode}, stderr: {stderr}");
        Assert.StartsWith($"error: {study}:{line}: {field}", stderr);
        Assert.False(File.Exists(_study.Database));
    }

    [Fact]
    public async Task An_expression_nested_100000_deep_exits_2_naming_its_line_instead_of_overflowing_the_stack()
    {
        var nested = new string('(', 100_000) + "x" + new string(')', 100_000);
        var study = _study.WriteRaw(Valid.Replace("  - {name: y, direction: minimize}", $"  - {{name: y, direction: minimize}}\n  - {{name: z, direction: minimize, expression: \"{nested}\"}}"));

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study]);

        Assert.True(exitCode == 2, $"exit code {exitCode}, stderr: {stderr[..Math.Min(stderr.Length, 2000)]}");
        Assert.StartsWith($"error: {study}:6: objectives[1].expression: invalid expression: at character 10001: the expression is 200001 characters long", stderr);
        Assert.False(File.Exists(_study.Database));
    }

    [Fact]
    public async Task A_study_without_an_evaluator_is_refused_by_run_pointing_at_serve()
    {
        var study = _study.WriteRaw(Valid.Replace("evaluator:\n  command: [python3, eval.py, \"{x}\"]\n", ""));
        Assert.DoesNotContain("evaluator", File.ReadAllText(study));

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"error: {study}: evaluator: required", stderr);
        Assert.Contains("optimizer serve", stderr);
        Assert.False(File.Exists(_study.Database));
    }

    [Fact]
    public async Task A_storage_file_of_another_study_is_refused()
    {
        var study = _study.WriteRaw(Valid);
        File.WriteAllText(Path.Combine(_study.Path, "eval.py"), "");
        using (var other = new StudyDirectory())
        {
            var (created, _, stderr) = await OptimizerProcess.RunAsync(["run", other.WriteStudy(trials: 1), "--storage", _study.Database]);
            Assert.True(created == 0, stderr);
        }

        var (exitCode, _, refusal) = await OptimizerProcess.RunAsync(["run", study]);

        Assert.Equal(2, exitCode);
        Assert.Contains("holds trials measured with a different parameters", refusal);
    }

    public void Dispose() => _study.Dispose();
}
