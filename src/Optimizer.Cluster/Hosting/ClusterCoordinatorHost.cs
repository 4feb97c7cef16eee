using Akka.Actor;
using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Hosting;

/// <summary>
/// Cluster mode, coordinator side: an actor system listening on <see cref="ClusterCoordinatorOptions.Listen"/> that is
/// its own seed node, with the coordinator (<c>/user/coordinator</c>), the admission gate (<c>/user/gate</c>) and a
/// watch on cluster membership. <see cref="Completion"/> ends once the study has ended and this node has left the cluster.
/// </summary>
public sealed class ClusterCoordinatorHost
{
    private readonly IActorRef _coordinator;

    private ClusterCoordinatorHost(IActorRef coordinator, Task<StudyResult> completion)
    {
        _coordinator = coordinator;
        Completion = completion;
    }

    /// <summary>The outcome, once the study has ended and the actor system is down.</summary>
    public Task<StudyResult> Completion { get; }

    /// <summary>
    /// Starts (or resumes) the study on <paramref name="store"/>; workers join with the secret.
    /// Trials a killed coordinator left running are held for their workers (see <see cref="CoordinatorSettings.ReclaimGrace"/>).
    /// </summary>
    public static ClusterCoordinatorHost Start(IStudyStore store, StudyDefinition definition, IStrategy strategy,
        ClusterCoordinatorOptions options, Action<ProgressChanged>? onProgress = null)
    {
        var system = ActorSystem.Create(ClusterConfig.SystemName,
            options.Transport.Setup(ClusterConfig.ForCoordinator(options.Listen, options.Transport)));
        if (onProgress is not null)
            system.ActorOf(ProgressListener.Props(onProgress), "progress");
        var settings = options.Coordinator with
        {
            RequireAdmission = true,
            ReclaimGrace = options.Coordinator.ReclaimGrace ?? options.Coordinator.LeaseTimeout,
        };
        var result = new TaskCompletionSource<StudyResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var coordinator = system.ActorOf(Coordinator.Props(store, definition, strategy, settings, new SchedulerClock(system.Scheduler), result), "coordinator");
        system.ActorOf(AdmissionGate.Props(coordinator, options.Secret, store.DefinitionText, options.StudyId), "gate");
        system.ActorOf(MembershipWatch.Props(coordinator), "membership");
        return new ClusterCoordinatorHost(coordinator, ShutDownAfter(system, result.Task, options.LeaveTimeout));
    }

    /// <summary>Stops the study (Ctrl-C): workers are told to stop and running trials recorded as interrupted.</summary>
    public Task<StudyResult> StopAsync()
    {
        _coordinator.Tell(StopStudy.Instance);
        return Completion;
    }

    // Leaving after StudyFinished went out: over one association messages keep their order, so workers hear it first.
    private static async Task<StudyResult> ShutDownAfter(ActorSystem system, Task<StudyResult> result, TimeSpan leaveTimeout)
    {
        // A bug ends the study with an exception: shut down all the same, then let it surface.
        await ((Task)result).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var leave = CoordinatedShutdown.Get(system).Run(CoordinatedShutdown.ClusterLeavingReason.Instance);
        await Task.WhenAny(leave, Task.Delay(leaveTimeout)).ConfigureAwait(false);
        await system.Terminate().ConfigureAwait(false);
        return await result.ConfigureAwait(false);
    }
}
