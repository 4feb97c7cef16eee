namespace Optimizer.Cluster.Tests.Evaluators;

public sealed class CommandEvaluatorFailureTests : IDisposable
{
    private readonly EvaluatorSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Command_that_cannot_be_found_fails_with_the_program_name()
    {
        var result = await _sandbox.Command(["no-such-trainer-4f1c"]).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("cannot start 'no-such-trainer-4f1c'", result.Error);
    }

    [Fact]
    public async Task Nonzero_exit_fails_with_the_exit_code_and_the_tail_of_stderr()
    {
        var script = _sandbox.WriteScript("crash.py", """
            import sys
            for i in range(100):
                print(f"warning {i}", file=sys.stderr)
            print('{"auc": 0.9}')
            sys.exit(3)
            """);

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("exit code 3\n", result.Error);
        Assert.EndsWith("warning 99", result.Error);
        Assert.Contains("warning 80", result.Error);
        Assert.DoesNotContain("warning 79", result.Error);
    }

    [Fact]
    public async Task Command_without_json_output_fails_saying_so()
    {
        var script = _sandbox.WriteScript("silent.py", "print('training finished, auc = 0.9')");

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal("no metrics: no result file and no JSON object on stdout\nstdout (last lines):\ntraining finished, auc = 0.9", result.Error);
    }

    [Fact]
    public async Task Unparsable_result_file_fails_naming_the_file()
    {
        var script = _sandbox.WriteScript("train.py", """
            import os
            open(os.environ["OPTIMIZER_RESULT_FILE"], "w").write("auc = 0.9")
            """);

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("result file '", result.Error);
        Assert.Contains("result.json': not valid JSON", result.Error);
    }

    [Fact]
    public async Task Missing_required_metric_fails_naming_it()
    {
        var script = _sandbox.WriteScript("train.py", """print('{"auc": 0.9}')""");

        var result = await _sandbox.Python(script, requiredMetrics: ["auc", "luts"]).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal("missing metric 'luts'; the evaluator reported 'auc'", result.Error);
    }

    [Fact]
    public async Task NaN_written_by_python_json_fails_naming_the_metric()
    {
        var script = _sandbox.WriteScript("train.py", """
            import json, sys
            print("RuntimeWarning: invalid value encountered in divide", file=sys.stderr)
            print(json.dumps({"auc": float("nan")}))
            """);

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal("metric 'auc' is NaN\nstderr (last lines):\nRuntimeWarning: invalid value encountered in divide", result.Error);
    }

    [Fact]
    public async Task Infinity_given_as_a_string_fails_naming_the_metric()
    {
        var script = _sandbox.WriteScript("train.py", """print('{"auc": "-inf"}')""");

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal("metric 'auc' is -infinite", result.Error);
    }

    [Fact]
    public async Task Metric_that_is_not_a_number_fails_naming_it()
    {
        var script = _sandbox.WriteScript("train.py", """print('{"auc": "high"}')""");

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal("last JSON object on stdout: metric 'auc' is not a number (\"high\")", result.Error);
    }

    [Fact]
    public async Task Unknown_placeholder_fails_before_anything_runs()
    {
        var script = _sandbox.WriteScript("train.py", """print('{"auc": 0.9}')""");

        var result = await _sandbox.Python(script, ["--depth", "{max_depth}"]).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal("cannot build the command: argument '{max_depth}': no parameter named 'max_depth'", result.Error);
    }

    [Fact]
    public async Task Missing_working_directory_fails_naming_it()
    {
        var script = _sandbox.WriteScript("train.py", """print('{"auc": 0.9}')""");

        var result = await _sandbox.Python(script, workingDirectory: "no-such-dir").EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal($"working directory '{Path.Combine(_sandbox.StudyDirectory, "no-such-dir")}' does not exist", result.Error);
    }

    [Fact]
    public void Empty_command_or_non_positive_timeout_is_rejected_when_the_evaluator_is_built()
    {
        Assert.Throws<ArgumentException>(() => _sandbox.Command([]));
        Assert.Throws<ArgumentException>(() => _sandbox.Command(["python3"], timeout: TimeSpan.Zero));
    }
}
