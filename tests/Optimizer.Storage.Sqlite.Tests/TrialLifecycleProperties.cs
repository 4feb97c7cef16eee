using FsCheck.Xunit;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Storage.Sqlite.Tests;

/// <summary>
/// Random scripts of enqueue / start / complete / fail / requeue against a real store, checked step by step
/// against a model of the trial life cycle (including refused transitions and stale results).
/// </summary>
public class TrialLifecycleProperties
{
    private static readonly DateTimeOffset At = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Property(MaxTest = 40)]
    public bool Any_sequence_of_operations_leaves_numbers_unique_and_consecutive(int[] script)
    {
        using var directory = new TemporaryDirectory();
        using var store = SqliteStudyStore.Create(directory.File("study.db"), "name: property\n");
        var model = new List<(TrialState State, int Attempt)>();
        foreach (var code in script.Select(c => (uint)c))
        {
            var target = (int)(code / 10 % (uint)(model.Count + 1)); // may name a trial that does not exist
            var stale = code / 10 % 2 == 1;
            Apply(store, model, (int)(code % 5), target, stale);
        }
        var trials = store.Trials();
        return trials.Select(t => t.Number).SequenceEqual(Enumerable.Range(0, model.Count))
               && trials.Select(t => (t.State, t.Attempt)).SequenceEqual(model);
    }

    private static void Apply(SqliteStudyStore store, List<(TrialState State, int Attempt)> model, int operation, int target, bool stale)
    {
        if (operation == 0)
        {
            Assert.Equal(model.Count, store.Enqueue(new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(target) }).Number);
            model.Add((TrialState.Queued, 1));
            return;
        }
        if (target == model.Count)
        {
            Assert.Throws<KeyNotFoundException>(() => Act(store, operation, target, attempt: 1));
            return;
        }
        var (state, attempt) = model[target];
        var resultAttempt = stale ? attempt - 1 : attempt;
        (TrialState State, int Attempt)? next = operation switch
        {
            1 when state == TrialState.Queued => (TrialState.Running, attempt),
            2 or 3 when resultAttempt != attempt || state is TrialState.Complete or TrialState.Failed => (state, attempt),
            2 when state == TrialState.Running => (TrialState.Complete, attempt),
            3 when state == TrialState.Running => (TrialState.Failed, attempt),
            4 when state is TrialState.Running or TrialState.Failed => (TrialState.Queued, attempt + 1),
            _ => null,
        };
        if (next is { } expected)
        {
            var trial = Act(store, operation, target, resultAttempt);
            Assert.Equal(expected, (trial.State, trial.Attempt));
            model[target] = expected;
        }
        else
            Assert.Throws<InvalidOperationException>(() => Act(store, operation, target, resultAttempt));
    }

    private static Trial Act(SqliteStudyStore store, int operation, int number, int attempt) =>
        operation switch
        {
            1 => store.Start(number, "w", At),
            2 => store.Complete(number, attempt, new Dictionary<string, double> { ["y"] = attempt }, At),
            3 => store.Fail(number, attempt, "failed", At),
            _ => store.Requeue(number),
        };
}
