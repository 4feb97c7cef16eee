using System.Runtime.Versioning;
using System.Text.Json;
using Optimizer.Cluster.Evaluators;
using Optimizer.Core.Space;

namespace Optimizer.Cluster.Tests.Evaluators;

public sealed class CommandEvaluatorTests : IDisposable
{
    /// <summary>Records what the command received (argv, cwd, environment) in inputs.json in its trial directory.</summary>
    private const string RecordInputs = """
        import json, os, sys
        inputs = {"argv": sys.argv[1:], "cwd": os.getcwd(), "env": {k: v for k, v in os.environ.items() if k.startswith(("OPTIMIZER_", "STUDY_"))}}
        with open(os.path.join(os.environ["OPTIMIZER_TRIAL_DIR"], "inputs.json"), "w") as f:
            json.dump(inputs, f)
        print(json.dumps({"auc": 0.5}))
        """;

    private readonly EvaluatorSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Metrics_come_from_the_result_file_when_the_command_writes_it()
    {
        var script = _sandbox.WriteScript("train.py", """
            import json, os
            with open(os.environ["OPTIMIZER_RESULT_FILE"], "w") as f:
                json.dump({"auc": 0.93, "luts": 41200}, f)
            print(json.dumps({"auc": 0.1, "luts": 1}))
            """);

        var result = await _sandbox.Python(script, requiredMetrics: ["auc", "luts"]).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(0.93, result.Values!["auc"]);
        Assert.Equal(41200, result.Values["luts"]);
    }

    [Fact]
    public async Task Metrics_come_from_the_last_json_object_line_of_stdout_after_noise()
    {
        var script = _sandbox.WriteScript("train.py", """
            print("epoch 1: loss 0.31")
            print('{"auc": 0.2, "luts": 5}')
            print("{ not json at all }")
            print('{"auc": 0.91, "luts": 38000.5}')
            print("[1, 2, 3]")
            print("done")
            """);

        var result = await _sandbox.Python(script, requiredMetrics: ["auc", "luts"]).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(0.91, result.Values!["auc"]);
        Assert.Equal(38000.5, result.Values["luts"]);
    }

    [Fact]
    public async Task A_script_named_relative_to_the_study_file_runs_from_the_per_trial_directory()
    {
        _sandbox.WriteScript("train.py", """print('{"auc": 0.75}')""");

        var result = await _sandbox.Command(["python3", "train.py"]).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(0.75, result.Values!["auc"]);
    }

    [Fact]
    public async Task Extra_metrics_beyond_the_required_ones_are_kept()
    {
        var script = _sandbox.WriteScript("train.py", """print('{"auc": 0.9, "train_seconds": 12.5}')""");

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(12.5, result.Values!["train_seconds"]);
    }

    [Fact]
    public async Task Placeholders_are_replaced_by_invariant_parameter_text_and_double_braces_are_literal()
    {
        var script = _sandbox.WriteScript("record.py", RecordInputs);
        string[] arguments = ["--trees", "{n_trees}", "--lr={learning_rate}", "{booster}", "{{not_a_placeholder}}"];

        var result = await _sandbox.Python(script, arguments).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(["--trees", "120", "--lr=0.05", "dart", "{not_a_placeholder}"], ReadInputs(7, 1).Argv);
    }

    [Fact]
    public async Task Arguments_reach_the_command_verbatim_because_no_shell_runs_them()
    {
        var script = _sandbox.WriteScript("record.py", RecordInputs);
        var victim = Path.Combine(_sandbox.StudyDirectory, "x");
        File.WriteAllText(victim, "still here");
        string[] arguments = ["; rm -rf x", "$HOME", "`id`", "a b", "*", "it's \"quoted\"", ""];

        var result = await _sandbox.Python(script, arguments, workingDirectory: ".").EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(arguments, ReadInputs(7, 1).Argv);
        Assert.True(File.Exists(victim));
    }

    [Fact]
    public async Task Environment_describes_the_trial_and_carries_the_study_extras()
    {
        var script = _sandbox.WriteScript("record.py", RecordInputs);
        var extras = new Dictionary<string, string> { ["STUDY_DATASET"] = "/data/run3.root", ["OPTIMIZER_TRIAL_ID"] = "spoofed" };

        var result = await _sandbox.Python(script, environment: extras).EvaluateAsync(EvaluatorSandbox.Request(trialNumber: 12, attempt: 2), default);

        Assert.True(result.IsSuccess, result.Error);
        var env = ReadInputs(12, 2).Env;
        var trialDirectory = TrialDirectory(12, 2);
        Assert.Equal("12", env["OPTIMIZER_TRIAL_ID"]);
        Assert.Equal("2", env["OPTIMIZER_ATTEMPT"]);
        Assert.Equal(trialDirectory, env["OPTIMIZER_TRIAL_DIR"]);
        Assert.Equal(Path.Combine(trialDirectory, "result.json"), env["OPTIMIZER_RESULT_FILE"]);
        Assert.Equal("/data/run3.root", env["STUDY_DATASET"]);
        using var parameters = JsonDocument.Parse(env["OPTIMIZER_PARAMS"]);
        Assert.Equal(120, parameters.RootElement.GetProperty("n_trees").GetInt32());
        Assert.Equal(0.05, parameters.RootElement.GetProperty("learning_rate").GetDouble());
        Assert.Equal("dart", parameters.RootElement.GetProperty("booster").GetString());
    }

    [Fact]
    public async Task Command_runs_in_its_trial_directory_by_default()
    {
        var script = _sandbox.WriteScript("record.py", RecordInputs);

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(TrialDirectory(7, 1), ReadInputs(7, 1).Cwd);
    }

    [Fact]
    public async Task Relative_working_directory_is_taken_from_the_study_directory()
    {
        var script = _sandbox.WriteScript("record.py", RecordInputs);
        var data = Directory.CreateDirectory(Path.Combine(_sandbox.StudyDirectory, "data")).FullName;

        var result = await _sandbox.Python(script, workingDirectory: "data").EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(data, ReadInputs(7, 1).Cwd);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Relative_command_path_is_taken_from_the_study_directory()
    {
        var script = _sandbox.WriteScript("train.py", "#!/usr/bin/env python3\nprint('{\"auc\": 0.7}')\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var result = await _sandbox.Command(["./train.py"]).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(0.7, result.Values!["auc"]);
    }

    [Fact]
    public async Task Each_trial_and_attempt_gets_a_directory_of_its_own()
    {
        var script = _sandbox.WriteScript("record.py", RecordInputs);
        var evaluator = _sandbox.Python(script);

        foreach (var (trial, attempt) in new[] { (7, 1), (7, 2), (8, 1) })
            Assert.True((await evaluator.EvaluateAsync(EvaluatorSandbox.Request(trial, attempt), default)).IsSuccess);

        var directories = new[] { (7, 1), (7, 2), (8, 1) }.Select(t => ReadInputs(t.Item1, t.Item2).Env["OPTIMIZER_TRIAL_DIR"]).ToArray();
        Assert.Equal(3, directories.Distinct().Count());
        Assert.Equal(["trial-0007-a1", "trial-0007-a2", "trial-0008-a1"], directories.Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_result_file_left_by_an_interrupted_run_of_the_same_attempt_is_not_read()
    {
        Directory.CreateDirectory(TrialDirectory(7, 1));
        File.WriteAllText(Path.Combine(TrialDirectory(7, 1), "result.json"), """{"auc": 0.01}""");
        var script = _sandbox.WriteScript("train.py", """print('{"auc": 0.8}')""");

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(0.8, result.Values!["auc"]);
    }

    [Fact]
    public async Task Megabytes_of_stdout_and_stderr_do_not_deadlock()
    {
        var script = _sandbox.WriteScript("chatty.py", """
            import sys
            line = "x" * 1023
            for i in range(1024):
                print(line)
                print(line, file=sys.stderr)
            print('{"auc": 0.99}')
            """);

        var result = await _sandbox.Python(script).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(0.99, result.Values!["auc"]);
    }

    [Fact]
    public async Task An_argparse_trainer_reads_tiny_and_negative_values_exactly()
    {
        var script = _sandbox.WriteScript("train.py", """
            import argparse, json
            parser = argparse.ArgumentParser()
            parser.add_argument("--lr", type=float)
            parser.add_argument("--shift", type=float)
            args = parser.parse_args()
            print(json.dumps({"auc": args.lr, "shift": args.shift}))
            """);
        var parameters = new Dictionary<string, ParameterValue> { ["lr"] = ParameterValue.Of(1.5e-7), ["shift"] = ParameterValue.Of(-2.5e-6) };

        var result = await _sandbox.Python(script, ["--lr", "{lr}", "--shift", "{shift}"], requiredMetrics: ["auc", "shift"])
            .EvaluateAsync(new EvaluationRequest(1, 1, parameters), default);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(1.5e-7, result.Values!["auc"]);
        Assert.Equal(-2.5e-6, result.Values["shift"]);
    }

    private string TrialDirectory(int trial, int attempt) => Path.Combine(_sandbox.TrialsRoot, $"trial-{trial:D4}-a{attempt}");

    private RecordedInputs ReadInputs(int trial, int attempt)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TrialDirectory(trial, attempt), "inputs.json")));
        var root = document.RootElement;
        return new RecordedInputs(
            root.GetProperty("argv").EnumerateArray().Select(a => a.GetString()!).ToArray(),
            root.GetProperty("cwd").GetString()!,
            root.GetProperty("env").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!));
    }

    private sealed record RecordedInputs(string[] Argv, string Cwd, Dictionary<string, string> Env);
}
