using Akka.Actor;
using Akka.TestKit;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

/// <summary>The coordinator keeps what the lease holder's evaluator wrote, bounded, with the result; a stranger's output is not kept.</summary>
public sealed class CoordinatorOutputTests : Akka.TestKit.Xunit2.TestKit
{
    private readonly TemporaryStudy _study = new(trials: 5, maxConsecutiveFailures: 3);
    private readonly TaskCompletionSource<StudyResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

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

        var kept = _study.Store.Output(done.TrialNumber)!;
        Assert.Equal((done.Attempt, TrialOutput.MaxChars, "warn"), (kept.Attempt, kept.Stdout.Length, kept.Stderr));
        Assert.EndsWith("last", kept.Stdout);
        Assert.Equal(new TrialOutput(failed.Attempt, "", "Traceback"), _study.Store.Output(failed.TrialNumber));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _study.Dispose();
    }

    private IActorRef StartCoordinator() =>
        Sys.ActorOf(Coordinator.Props(_study.Store, _study.Definition, new SobolStrategy(_study.Definition.Space, 1),
            new CoordinatorSettings(_study.Definition.Trials, _study.Definition.MaxConsecutiveFailures), TimeProvider.System, _result));

    private TestProbe RegisteredWorker(IActorRef coordinator, string name)
    {
        var worker = CreateTestProbe(name);
        coordinator.Tell(new RegisterWorker(name, ProtocolVersion.Current), worker);
        worker.ExpectMsg<WorkerRegistered>();
        return worker;
    }

    private static WorkAssigned RequestWork(IActorRef coordinator, TestProbe worker)
    {
        coordinator.Tell(new RequestWork(worker.Ref.Path.Name), worker);
        return worker.FishForMessage<WorkAssigned>(_ => true);
    }
}
