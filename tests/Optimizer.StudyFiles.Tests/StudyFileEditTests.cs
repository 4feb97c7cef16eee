using Optimizer.StudyFiles;


namespace Optimizer.StudyFiles.Tests;

/// <summary>Which edits of a study file may resume its stored study, and which field a refused edit changed.</summary>
public sealed class StudyFileEditTests
{
    private const string Stored = """
        name: demo
        parameters:
          - {name: x, type: float, low: 0, high: 1}
          - {name: n, type: int, low: 1, high: 8}
        objectives:
          - {name: y, direction: minimize}
        evaluator:
          command: [python3, train.py, "{x}", "{n}"]
          timeout: 1m
          env: {OMP_NUM_THREADS: "1"}
        budget: {trials: 10}
        strategy: {kind: gp}
        """;

    [Theory]
    [InlineData("budget: {trials: 10}", "budget: {trials: 40}")]
    [InlineData("timeout: 1m", "timeout: 5m")]
    [InlineData("env: {OMP_NUM_THREADS: \"1\"}", "env: {OMP_NUM_THREADS: \"2\", CUDA_VISIBLE_DEVICES: \"0\"}")]
    [InlineData("strategy: {kind: gp}", "strategy: {kind: nsga2, initial_trials: 4}")]
    [InlineData("budget: {trials: 10}", "budget: {trials: 10}\nmax_consecutive_failures: 3")]
    [InlineData("name: demo", "# a comment\nname:   demo   # and another")]
    [InlineData("  - {name: x, type: float, low: 0, high: 1}", "  - name: x\n    type: float\n    low: 0\n    high: 1")]
    public void Edits_of_how_the_study_runs_resume_it(string replace, string with)
    {
        var edited = Stored.Replace(replace, with);
        Assert.NotEqual(Stored, edited);

        Assert.Null(StudyFileEdit.FirstMeasuredChange(Stored, edited));
    }

    [Theory]
    [InlineData("high: 1}", "high: 2}", "parameters[0].high")]
    [InlineData("type: int, low: 1", "type: int, log: true, low: 1", "parameters[1].log")]
    [InlineData("  - {name: n, type: int, low: 1, high: 8}\n", "", "parameters")]
    [InlineData("direction: minimize", "direction: maximize", "objectives[0].direction")]
    [InlineData("train.py", "train2.py", "evaluator.command[1]")]
    [InlineData("timeout: 1m", "timeout: 1m\n  workdir: /scratch", "evaluator.workdir")]
    [InlineData("name: demo", "name: other", "name")]
    [InlineData("budget: {trials: 10}", "budget: {trials: 10}\nconstraints:\n  - {name: latency, max: 50}", "constraints")]
    public void Edits_of_what_was_measured_are_refused_naming_the_field(string replace, string with, string field)
    {
        var edited = Stored.Replace(replace, with);
        Assert.NotEqual(Stored, edited);

        Assert.Equal(field, StudyFileEdit.FirstMeasuredChange(Stored, edited));
    }
}
