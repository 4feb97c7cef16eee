using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Storage.Sqlite.Tests;

/// <summary>The tail of each attempt's evaluator output, kept in the store for the viewer.</summary>
public sealed class TrialOutputStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory _directory = new();
    private string StorePath => _directory.File("demo.db");

    public void Dispose() => _directory.Dispose();

    private static SqliteStudyStore RunningTrial(string path)
    {
        var store = SqliteStudyStore.Create(path, "name: demo\n");
        store.Start(store.Enqueue(new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(0.5) }).Number, "a", T0);
        return store;
    }

    [Fact]
    public void The_output_of_an_attempt_is_read_back_by_another_process_as_it_was_written()
    {
        using (var store = RunningTrial(StorePath))
        {
            Assert.True(store.RecordOutput(0, new TrialOutput(1, "epoch 1\nepoch 2 <b>ok</b>", "warning: é ü")));
            store.Complete(0, 1, new Dictionary<string, double> { ["loss"] = 0.5 }, T0);
        }
        using var reader = SqliteStudyStore.Open(StorePath, readOnly: true);

        Assert.Equal(new TrialOutput(1, "epoch 1\nepoch 2 <b>ok</b>", "warning: é ü"), reader.Output(0));
        Assert.Null(reader.Output(1));
    }

    [Fact]
    public void Each_stream_keeps_its_last_characters_within_the_bound()
    {
        using var store = RunningTrial(StorePath);
        var stdout = new string('a', 10_000) + "the end";

        store.RecordOutput(0, new TrialOutput(1, stdout, "short"));

        var kept = store.Output(0)!;
        Assert.Equal(TrialOutput.MaxChars, kept.Stdout.Length);
        Assert.EndsWith("the end", kept.Stdout);
        Assert.Equal("short", kept.Stderr);
    }

    [Fact]
    public void Output_of_an_attempt_the_trial_is_not_at_is_refused_and_the_latest_attempt_is_the_one_read()
    {
        using var store = RunningTrial(StorePath);
        Assert.True(store.RecordOutput(0, new TrialOutput(1, "first", "")));
        store.Fail(0, 1, "exit code 1", T0);
        store.Requeue(0);
        store.Start(0, "b", T0);

        Assert.False(store.RecordOutput(0, new TrialOutput(1, "late", "")));
        Assert.Equal("first", store.Output(0)!.Stdout);
        Assert.True(store.RecordOutput(0, new TrialOutput(2, "second", "")));
        Assert.True(store.RecordOutput(0, new TrialOutput(2, "second, sent again", "")));

        Assert.Equal(new TrialOutput(2, "second, sent again", ""), store.Output(0));
    }
}
