using Optimizer.Cluster.Evaluators;
using Optimizer.Core.Space;

namespace Optimizer.Cluster.Tests.Evaluators;

public sealed class DelegateEvaluatorTests
{
    [Fact]
    public async Task Values_of_the_function_are_the_result()
    {
        var evaluator = new DelegateEvaluator(
            (p, _) => Task.FromResult<IReadOnlyDictionary<string, double>>(new Dictionary<string, double> { ["auc"] = p["n_trees"].Number / 1000 }),
            ["auc"]);

        var result = await evaluator.EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal(0.12, result.Values!["auc"]);
    }

    [Fact]
    public async Task Values_are_validated_like_a_command()
    {
        var evaluator = new DelegateEvaluator(
            (_, _) => Task.FromResult<IReadOnlyDictionary<string, double>>(new Dictionary<string, double> { ["auc"] = double.NaN, ["luts"] = 1 }),
            ["auc", "luts"]);

        var result = await evaluator.EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal("metric 'auc' is NaN", result.Error);
    }

    [Fact]
    public async Task Exception_from_the_function_is_a_failure_with_its_message()
    {
        var evaluator = new DelegateEvaluator(Throwing, ["auc"]);

        var result = await evaluator.EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal("diverged at epoch 3", result.Error);

        static Task<IReadOnlyDictionary<string, double>> Throwing(Assignment p, CancellationToken ct) =>
            throw new InvalidOperationException("diverged at epoch 3");
    }

    [Fact]
    public async Task Cancellation_throws_operation_canceled()
    {
        using var cancellation = new CancellationTokenSource();
        var evaluator = new DelegateEvaluator(
            async (_, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return new Dictionary<string, double>();
            },
            ["auc"]);

        var evaluation = evaluator.EvaluateAsync(EvaluatorSandbox.Request(), cancellation.Token);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => evaluation);
    }

    [Fact]
    public async Task Operation_canceled_that_the_caller_did_not_ask_for_is_a_failure()
    {
        var evaluator = new DelegateEvaluator((_, _) => throw new OperationCanceledException("simulator did not answer"), ["auc"]);

        var result = await evaluator.EvaluateAsync(EvaluatorSandbox.Request(), default);

        Assert.Equal("simulator did not answer", result.Error);
    }
}
