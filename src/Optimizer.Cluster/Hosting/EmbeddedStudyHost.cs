using Akka.Actor;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Protocol;
using Optimizer.Cluster.Workers;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Hosting;

/// <summary>
/// Embedded mode: one process, one actor system, a coordinator and workers <c>local-1</c> .. <c>local-N</c>.
/// <see cref="Completion"/> ends after a clean shutdown: evaluations ended, running trials recorded, system terminated.
/// </summary>
public sealed class EmbeddedStudyHost
{

    private readonly IActorRef _coordinator;

    private EmbeddedStudyHost(ActorSystem system, IActorRef coordinator, IReadOnlyList<IActorRef> workers, IActorRef? listener,
        Task<StudyResult> result, TimeSpan stopTimeout)
    {
        _coordinator = coordinator;
        Completion = ShutDownAfter(system, workers, listener, result, stopTimeout);
    }

    /// <summary>The outcome, once the study has ended and the actor system is down.</summary>
    public Task<StudyResult> Completion { get; }

    /// <summary>
    /// Starts the study on <paramref name="store"/>. <paramref name="onProgress"/>, if given, sees every change
    /// of the study's state, in order, on one thread at a time.
    /// </summary>
    public static EmbeddedStudyHost Start(
        IStudyStore store,
        StudyDefinition definition,
        IStrategy strategy,
        IEvaluator evaluator,
        EmbeddedStudyOptions options,
        Action<ProgressChanged>? onProgress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Workers, 1);
        var system = ActorSystem.Create("optimizer", ClusterConfig.Quiet);
        var listener = onProgress is null ? null : system.ActorOf(ProgressListener.Props(onProgress), "progress");
        var result = new TaskCompletionSource<StudyResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new SchedulerClock(system.Scheduler);
        var coordinator = system.ActorOf(
            Coordinator.Props(store, definition, strategy, options.Coordinator, clock, result), "coordinator");
        var workers = Enumerable.Range(1, options.Workers)
            .Select(i => system.ActorOf(Worker.Props(coordinator, $"local-{i}", evaluator, options.Worker, clock), $"local-{i}"))
            .ToArray();
        return new EmbeddedStudyHost(system, coordinator, workers, listener, result.Task, options.StopTimeout);
    }

    /// <summary>Stops the study (Ctrl-C): evaluations are cancelled and running trials recorded as interrupted.</summary>
    public Task<StudyResult> StopAsync()
    {
        _coordinator.Tell(StopStudy.Instance);
        return Completion;
    }

    private static async Task<StudyResult> ShutDownAfter(ActorSystem system, IReadOnlyList<IActorRef> workers, IActorRef? listener,
        Task<StudyResult> result, TimeSpan stopTimeout)
    {
        // A bug ends the study with an exception: shut down all the same, then let it surface.
        await ((Task)result).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            // A worker stops only once its evaluation has ended, so no evaluator process outlives the run.
            await Task.WhenAll(workers.Select(w => w.GracefulStop(stopTimeout, StudyFinished.Stop))).ConfigureAwait(false);
            if (listener is not null)
                await listener.GracefulStop(stopTimeout).ConfigureAwait(false);
        }
        finally
        {
            await system.Terminate().ConfigureAwait(false);
        }
        return await result.ConfigureAwait(false);
    }
}
