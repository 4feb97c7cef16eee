using Optimizer.Cluster.Evaluators;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests.Evaluators;

/// <summary>Every result carries the last lines of the command's stdout and stderr, bounded, as text.</summary>
public sealed class CommandEvaluatorOutputTests : IDisposable
{
    private readonly EvaluatorSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task A_successful_evaluation_carries_the_last_lines_of_both_streams()
    {
        var script = _sandbox.WriteScript("train.py", """
            import json, sys
            for epoch in range(1, 151):
                print(f"epoch {epoch}: loss {1 / epoch:.3f}")
            print("warning: <b>slow</b> disk", file=sys.stderr)
            print(json.dumps({"auc": 0.9}))
            """);

        var result = await _sandbox.Python(script, requiredMetrics: ["auc"]).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.True(result.IsSuccess, result.Error);
        var lines = result.Stdout.Split('\n');
        Assert.Equal(CommandOutcome.KeptLines, lines.Length);
        Assert.Equal("epoch 52: loss 0.019", lines[0]);
        Assert.Equal("""{"auc": 0.9}""", lines[^1]);
        Assert.Equal("warning: <b>slow</b> disk", result.Stderr);
    }

    [Fact]
    public async Task Invalid_utf8_becomes_replacement_characters_and_a_long_line_keeps_its_end_within_the_bound()
    {
        var script = _sandbox.WriteScript("train.py", """
            import sys
            sys.stdout.buffer.write(b"bad \xff\xfe bytes\n" + b"x" * 20000 + b" end\n")
            sys.stdout.flush()
            sys.exit(3)
            """);

        var result = await _sandbox.Python(script, requiredMetrics: ["auc"]).EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("exit code 3", result.Error);
        Assert.Equal(TrialOutput.MaxChars, result.Stdout.Length);
        Assert.EndsWith("x end", result.Stdout);
        Assert.Equal("", result.Stderr);

        var shortScript = _sandbox.WriteScript("bad.py", """
            import sys
            sys.stdout.buffer.write(b"bad \xff\xfe bytes\n")
            """);
        var bad = await _sandbox.Python(shortScript, requiredMetrics: ["auc"]).EvaluateAsync(EvaluatorSandbox.Request(), default);
        Assert.Equal("bad \uFFFD\uFFFD bytes", bad.Stdout);
    }
}
