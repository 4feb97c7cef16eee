using Microsoft.Data.Sqlite;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

/// <summary>A store that cannot record a change ends the study as the store's failure; a bug ends it as the bug it is.</summary>
public sealed class CoordinatorFaultTests() : CoordinatorTestKit(new TemporaryStudy(trials: 3))
{
    private static readonly TimeSpan ResultTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_store_that_cannot_record_a_start_ends_the_study_as_faulted_naming_the_store()
    {
        var store = new StoreFault(Study.Store) { OnStart = () => new StudyStoreException("disk I/O error", new SqliteException("disk I/O error", 10)) };
        var coordinator = StartCoordinator(store: store);
        var worker = RegisteredWorker(coordinator, "w1");

        coordinator.Tell(new RequestWork("w1"), worker);

        var result = await Result.Task.WaitAsync(ResultTimeout);
        Assert.Equal((StudyOutcome.Faulted, "the study store failed: disk I/O error"), (result.Outcome, result.Message));
        worker.FishForMessage<StudyFinished>(f => f.Outcome == StudyOutcome.Faulted);
    }

    [Fact]
    public async Task A_bug_while_handling_a_message_reaches_the_host_as_its_own_exception_and_stops_the_workers()
    {
        var bug = new InvalidOperationException("trial 0 cannot start: it is Complete, not Queued");
        var coordinator = StartCoordinator(store: new StoreFault(Study.Store) { OnStart = () => bug });
        var worker = RegisteredWorker(coordinator, "w1");

        coordinator.Tell(new RequestWork("w1"), worker);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => Result.Task.WaitAsync(ResultTimeout));
        Assert.Same(bug, thrown);
        worker.FishForMessage<StudyFinished>(f => f.Outcome == StudyOutcome.Faulted);
    }
}
