using Akka.Actor;
using Akka.Event;
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
/// A system that stops while the study goes on (Akka's split-brain resolver downs every node, this one too, when
/// workers die in quick succession) is replaced by a fresh one on the same address, which resumes from the store as a
/// restarted coordinator would; workers join it again.
/// </summary>
public sealed class ClusterCoordinatorHost
{
    private static readonly TimeSpan RebindDelay = TimeSpan.FromSeconds(1);
    private const int RebindAttempts = 10;

    private readonly IStudyStore _store;
    private readonly StudyDefinition _definition;
    private readonly IStrategy _strategy;
    private readonly ClusterCoordinatorOptions _options;
    private readonly CoordinatorSettings _settings;
    private readonly Action<ProgressChanged>? _onProgress;
    private readonly TaskCompletionSource<StudyResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile IActorRef _coordinator = ActorRefs.Nobody;

    private ClusterCoordinatorHost(IStudyStore store, StudyDefinition definition, IStrategy strategy, ClusterCoordinatorOptions options,
        Action<ProgressChanged>? onProgress)
    {
        (_store, _definition, _strategy, _options, _onProgress) = (store, definition, strategy, options, onProgress);
        _settings = options.Coordinator with
        {
            RequireAdmission = true,
            ReclaimGrace = options.Coordinator.ReclaimGrace ?? options.Coordinator.LeaseTimeout,
        };
    }

    /// <summary>The outcome, once the study has ended and the actor system is down.</summary>
    public Task<StudyResult> Completion { get; private set; } = Task.FromResult(new StudyResult(StudyOutcome.Faulted, "not started"));

    /// <summary>
    /// Starts (or resumes) the study on <paramref name="store"/>; workers join with the secret.
    /// Trials a killed coordinator left running are held for their workers (see <see cref="CoordinatorSettings.ReclaimGrace"/>).
    /// </summary>
    public static ClusterCoordinatorHost Start(IStudyStore store, StudyDefinition definition, IStrategy strategy,
        ClusterCoordinatorOptions options, Action<ProgressChanged>? onProgress = null)
    {
        var host = new ClusterCoordinatorHost(store, definition, strategy, options, onProgress);
        host.Completion = host.RunAsync(host.StartSystem());
        return host;
    }

    /// <summary>Stops the study (Ctrl-C): workers are told to stop and running trials recorded as interrupted.</summary>
    public Task<StudyResult> StopAsync()
    {
        _coordinator.Tell(StopStudy.Instance);
        return Completion;
    }

    private ActorSystem StartSystem()
    {
        var system = ActorSystem.Create(ClusterConfig.SystemName,
            _options.Transport.Setup(ClusterConfig.ForCoordinator(_options.Listen, _options.Transport)));
        if (_onProgress is not null)
            system.ActorOf(ProgressListener.Props(_onProgress), "progress");
        var coordinator = system.ActorOf(Coordinator.Props(_store, _definition, _strategy, _settings, new SchedulerClock(system.Scheduler), _result), "coordinator");
        system.ActorOf(AdmissionGate.Props(coordinator, _options.Secret,
            new Admitted(_store.DefinitionText, _options.StudyId, _options.StudyFile, _definition.Name)), "gate");
        system.ActorOf(MembershipWatch.Props(coordinator), "membership");
        _coordinator = coordinator;
        return system;
    }

    private async Task<StudyResult> RunAsync(ActorSystem system)
    {
        while (true)
        {
            if (await Task.WhenAny(_result.Task, system.WhenTerminated).ConfigureAwait(false) == _result.Task)
                return await ShutDownAfter(system).ConfigureAwait(false);
            // The stopped system's coordinator never wrote its end: its running trials stay running, to be reclaimed.
            var (restarted, failure) = await RestartAsync().ConfigureAwait(false);
            if (restarted is null)
                return _result.Task.IsCompleted ? await _result.Task.ConfigureAwait(false) : new StudyResult(StudyOutcome.Faulted,
                    $"the coordinator's actor system stopped and could not listen on {_options.Listen} again ({failure}); " +
                    "start the coordinator again on the same --storage to resume");
            system = restarted;
            system.Log.Warning("the coordinator's node was downed and its actor system stopped (workers died in quick succession); " +
                               "it resumed the study in a fresh one on {0}, and workers join it again", _options.Listen);
        }
    }

    // The address may stay bound for a moment after the old system stopped.
    private async Task<(ActorSystem? System, string? Failure)> RestartAsync()
    {
        string? failure = null;
        for (var attempt = 0; attempt < RebindAttempts && !_result.Task.IsCompleted; attempt++)
        {
            try
            {
                return (StartSystem(), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = e.GetBaseException().Message;
                await Task.Delay(RebindDelay).ConfigureAwait(false);
            }
        }
        return (null, failure);
    }

    // Leaving after StudyFinished went out: over one association messages keep their order, so workers hear it first.
    private async Task<StudyResult> ShutDownAfter(ActorSystem system)
    {
        // A bug ends the study with an exception: shut down all the same, then let it surface.
        await ((Task)_result.Task).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var leave = CoordinatedShutdown.Get(system).Run(CoordinatedShutdown.ClusterLeavingReason.Instance);
        await Task.WhenAny(leave, Task.Delay(_options.LeaveTimeout)).ConfigureAwait(false);
        await system.Terminate().ConfigureAwait(false);
        return await _result.Task.ConfigureAwait(false);
    }
}
