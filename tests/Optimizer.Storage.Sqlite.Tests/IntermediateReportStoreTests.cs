using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;
using Optimizer.StudyFiles;

namespace Optimizer.Storage.Sqlite.Tests;

public sealed class IntermediateReportStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory _directory = new();
    private string StorePath => _directory.File("demo.db");

    public void Dispose() => _directory.Dispose();

    private static IntermediateReport At(int attempt, int step, double loss) =>
        new(attempt, step, new Dictionary<string, double> { ["loss"] = loss }, T0.AddSeconds(step));

    private static SqliteStudyStore RunningTrial(string path)
    {
        var store = SqliteStudyStore.Create(path, "name: demo\n");
        store.Start(store.Enqueue(new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(0.5) }).Number, "a", T0);
        return store;
    }

    [Fact]
    public void Reports_of_a_running_trial_are_stored_by_step_and_a_repeated_step_replaces_the_earlier_one()
    {
        using (var store = RunningTrial(StorePath))
        {
            Assert.True(store.Report(0, At(1, 1, 0.9)));
            Assert.True(store.Report(0, At(1, 2, 0.7)));
            Assert.True(store.Report(0, At(1, 2, 0.6)));
        }
        using var reopened = SqliteStudyStore.Open(StorePath, readOnly: true);

        var reports = reopened.IntermediateReports(0);

        Assert.Equal([(1, 0.9), (2, 0.6)], reports.Select(r => (r.Step, r.Values["loss"])));
        Assert.Equal(T0.AddSeconds(2), reports[1].At);
    }

    [Fact]
    public void A_report_for_another_attempt_or_a_finished_trial_changes_nothing()
    {
        using var store = RunningTrial(StorePath);

        Assert.False(store.Report(0, At(2, 1, 0.1)));
        store.Complete(0, 1, new Dictionary<string, double> { ["loss"] = 0.5 }, T0);
        Assert.False(store.Report(0, At(1, 3, 0.1)));

        Assert.Empty(store.IntermediateReports(0));
    }

    [Fact]
    public void A_step_below_one_or_a_value_that_is_not_finite_is_refused()
    {
        using var store = RunningTrial(StorePath);

        Assert.Throws<ArgumentException>(() => store.Report(0, At(1, 0, 0.1)));
        Assert.Throws<ArgumentException>(() => store.Report(0, At(1, 1, double.NaN)));
        Assert.Throws<KeyNotFoundException>(() => store.Report(7, At(1, 1, 0.1)));
    }

    [Fact]
    public void A_study_file_without_an_evaluator_is_asked_and_told()
    {
        var study = StudyFileLoader.Parse("""
            parameters:
              - {name: x, type: float, low: 0, high: 1}
            objectives:
              - {name: loss, direction: minimize}
            budget: {trials: 5}
            """, "served.yaml");

        Assert.Same(EvaluatorDefinition.None, study.Evaluator);
        Assert.False(study.Evaluator.HasCommand);
    }
}
