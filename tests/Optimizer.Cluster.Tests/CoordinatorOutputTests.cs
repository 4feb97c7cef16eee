using Optimizer.Cluster.Protocol;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

/// <summary>The coordinator keeps what the lease holder's evaluator wrote, bounded, with the result; a stranger's output is not kept.</summary>
public sealed class CoordinatorOutputTests() : CoordinatorTestKit(new TemporaryStudy(trials: 5, maxConsecutiveFailures: 3))
{
    [Fact]
    public void The_output_of_a_result_is_stored_bounded_and_a_late_attempts_output_is_not()
    {
        var coordinator = StartCoordinator();
        var worker = RegisteredWorker(coordinator, "w1");
        var done = RequestWork(coordinator, worker);
        var failed = RequestWork(coordinator, worker);
        var huge = new string('o', 3 * TrialOutput.MaxChars) + "last";

        coordinator.Tell(new TrialSucceeded(done.TrialNumber, done.Attempt, new Dictionary<string, double> { ["y"] = 1 }, 0.1, huge, "warn"), worker);
        coordinator.Tell(new TrialFailed(failed.TrialNumber, failed.Attempt, "exit code 2", 0.1, "", "Traceback"), worker);
        worker.FishForMessage<ResultRecorded>(r => r.TrialNumber == failed.TrialNumber);
        coordinator.Tell(new TrialFailed(done.TrialNumber, done.Attempt + 1, "late", 0.1, "not this one", ""), worker);
        worker.FishForMessage<ResultRecorded>(r => r.Attempt == done.Attempt + 1);

        var kept = Study.Store.Output(done.TrialNumber)!;
        Assert.Equal((done.Attempt, TrialOutput.MaxChars, "warn"), (kept.Attempt, kept.Stdout.Length, kept.Stderr));
        Assert.EndsWith("last", kept.Stdout);
        Assert.Equal(new TrialOutput(failed.Attempt, "", "Traceback"), Study.Store.Output(failed.TrialNumber));
    }
}
