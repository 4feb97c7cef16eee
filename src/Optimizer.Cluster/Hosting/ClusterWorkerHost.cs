using System.Diagnostics;
using Akka.Actor;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Workers;

namespace Optimizer.Cluster.Hosting;

/// <summary>
/// Runs a worker process in cluster mode: joins the coordinator's cluster in a fresh actor system, and whenever the
/// coordinator is lost (its node removed, this node downed by the split-brain resolver, the system terminated) leaves
/// that system and joins a new one, with exponential backoff. Evaluations and unacknowledged results survive in a
/// <see cref="ResultOutbox"/> across systems. Returns when the study is finished, admission is refused, no coordinator
/// admitted the node for <see cref="ClusterWorkerOptions.GiveUpAfter"/>, or on stop.
/// </summary>
public static class ClusterWorkerHost
{
    /// <summary>
    /// Runs until the study ends (<see cref="NodeEndKind.Finished"/>), the gate refuses the node
    /// (<see cref="NodeEndKind.Refused"/>), or <paramref name="stop"/> fires (null: evaluations were cancelled).
    /// <paramref name="evaluatorFor"/> builds the evaluator from the study definition's text and store identity sent on admission.
    /// </summary>
    public static async Task<NodeEnd?> RunAsync(ClusterWorkerOptions options, Func<AdmittedStudy, IEvaluator> evaluatorFor,
        Action<string> report, CancellationToken stop)
    {
        var outbox = new ResultOutbox();
        var delay = options.FirstRetryDelay;
        var unadmitted = Stopwatch.StartNew();
        var everAdmitted = false;
        while (true)
        {
            outbox.BeginGeneration();
            var system = ActorSystem.Create(ClusterConfig.SystemName,
                options.Transport.Setup(ClusterConfig.ForWorker(options.Listen, options.Join, options.JoinTimeout, options.Transport)));
            var end = new TaskCompletionSource<NodeEnd>(TaskCreationOptions.RunContinuationsAsynchronously);
            var admitted = false;
            system.ActorOf(WorkerNode.Props(options.Node, outbox, evaluatorFor, new SchedulerClock(system.Scheduler), end, () => admitted = true), "node");
            var removed = system.WhenTerminated.ContinueWith(
                _ => new NodeEnd(NodeEndKind.Lost, admitted
                    ? "this node was removed from the cluster (the coordinator became unreachable)"
                    : $"no coordinator answered within {options.JoinTimeout.TotalSeconds:F0} s"),
                TaskScheduler.Default);
            var stopped = Task.Delay(Timeout.Infinite, stop);
            var first = await Task.WhenAny(end.Task, removed, stopped).ConfigureAwait(false);
            if (first == stopped)
            {
                outbox.CancelAll();
                await LeaveAsync(system, options.LeaveTimeout).ConfigureAwait(false);
                return null;
            }
            var ended = await ((Task<NodeEnd>)first).ConfigureAwait(false);
            if (ended.Kind != NodeEndKind.Lost)
            {
                await LeaveAsync(system, options.LeaveTimeout).ConfigureAwait(false);
                return ended;
            }
            await system.Terminate().ConfigureAwait(false);
            everAdmitted |= admitted;
            if (admitted)
                unadmitted.Restart();
            else if (unadmitted.Elapsed >= options.GiveUpAfter)
            {
                outbox.CancelAll();
                return new NodeEnd(NodeEndKind.GaveUp, everAdmitted
                    ? $"the coordinator at {options.Join} is gone (killed, stopped or unreachable) and has not come back for " +
                      $"{unadmitted.Elapsed.TotalSeconds:F0} s; giving up"
                    : $"no coordinator at {options.Join} admitted this worker for {unadmitted.Elapsed.TotalSeconds:F0} s; giving up " +
                      "(is it running, with --listen written exactly as this --join, and the same --secret-file?)");
            }
            delay = admitted ? options.FirstRetryDelay : Min(delay * 2, options.MaxRetryDelay);
            report($"lost the coordinator: {ended.Reason}; joining {options.Join} again in {delay.TotalSeconds:F0} s");
            try
            {
                await Task.Delay(delay, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                outbox.CancelAll();
                return null;
            }
        }
    }

    // A graceful leave lets the coordinator forget this node at once instead of waiting for the split-brain resolver.
    private static async Task LeaveAsync(ActorSystem system, TimeSpan timeout)
    {
        var leave = CoordinatedShutdown.Get(system).Run(CoordinatedShutdown.ClusterLeavingReason.Instance);
        await Task.WhenAny(leave, Task.Delay(timeout)).ConfigureAwait(false);
        await system.Terminate().ConfigureAwait(false);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
