using Akka.Actor;
using Akka.TestKit;
using Akka.TestKit.Configs;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

/// <summary>
/// A coordinator of a <see cref="TemporaryStudy"/> on virtual time: Akka's <see cref="TestScheduler"/> drives its timers
/// and, through <see cref="SchedulerClock"/>, its leases, so time passes only when a test advances it.
/// </summary>
public abstract class CoordinatorTestKit(TemporaryStudy study) : Akka.TestKit.Xunit2.TestKit(TestConfigs.TestSchedulerConfig)
{
    protected TemporaryStudy Study { get; } = study;

    /// <summary>Completes when the study ends, as the host's result does.</summary>
    protected TaskCompletionSource<StudyResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected TestScheduler Scheduler => (TestScheduler)Sys.Scheduler;

    protected CoordinatorSettings DefaultSettings => new(Study.Definition.Trials, Study.Definition.MaxConsecutiveFailures);

    protected IActorRef StartCoordinator(
        CoordinatorSettings? settings = null, IStrategy? strategy = null, StudyDefinition? definition = null, IStudyStore? store = null)
    {
        definition ??= Study.Definition;
        var coordinator = Sys.ActorOf(Coordinator.Props(store ?? Study.Store, definition, strategy ?? new SobolStrategy(definition.Space, 1),
            settings ?? DefaultSettings, new SchedulerClock(Sys.Scheduler), Result));
        // An actor answers Identify only after PreStart: its resume has read the store and started its timers before a
        // test moves virtual time (a loaded machine otherwise let the first Advance overtake the start).
        var started = CreateTestProbe();
        coordinator.Tell(new Identify(null), started);
        started.ExpectMsg<ActorIdentity>();
        return coordinator;
    }

    protected TestProbe RegisteredWorker(IActorRef coordinator, string name)
    {
        var worker = CreateTestProbe(name);
        coordinator.Tell(new RegisterWorker(name, ProtocolVersion.Current), worker);
        worker.ExpectMsg<WorkerRegistered>();
        return worker;
    }

    protected static WorkAssigned RequestWork(IActorRef coordinator, TestProbe worker)
    {
        coordinator.Tell(new RequestWork(worker.Ref.Path.Name), worker);
        return worker.FishForMessage<WorkAssigned>(_ => true);
    }

    /// <summary>Moves virtual time on by <paramref name="step"/> until <paramref name="done"/> holds.</summary>
    protected void AdvanceUntil(Func<bool> done, TimeSpan step) =>
        AwaitCondition(() =>
        {
            Scheduler.Advance(step);
            return done();
        }, TimeSpan.FromSeconds(30));

    protected static Dictionary<string, double> Values(double y) => new() { ["y"] = y };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Study.Dispose();
    }
}
