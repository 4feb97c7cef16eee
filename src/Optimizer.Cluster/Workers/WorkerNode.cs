using Akka.Actor;
using Akka.Cluster;
using Akka.Event;
using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Protocol;

namespace Optimizer.Cluster.Workers;

/// <summary>
/// A worker process's presence in one cluster: once its node is up, checks that the coordinator's gate holds the study's
/// secret and proves it in turn, builds the evaluator from the study definition it receives, and runs one <see cref="Worker"/> per free slot.
/// Results of evaluations started in an earlier cluster (before the coordinator was lost) are sent again until
/// acknowledged, and their trials heartbeated while they still run, so a restarted coordinator can reclaim them.
/// Messages of the protocol are taken only from the coordinator's node, the address the worker joined.
/// Ends by completing <c>end</c>: finished (every slot stopped), refused, or lost (the coordinator stopped).
/// </summary>
internal sealed class WorkerNode : ReceiveActor, IWithTimers
{
    private readonly WorkerNodeOptions _options;
    private readonly ResultOutbox _outbox;
    private readonly Func<AdmittedStudy, IEvaluator> _evaluatorFor;
    private readonly TimeProvider _clock;
    private readonly TaskCompletionSource<NodeEnd> _end;
    private readonly Action _onAdmitted;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly Dictionary<IActorRef, int> _slots = [];
    private readonly string _nonce = StudySecret.NewNonce();
    private int _slotsStarted;
    private bool _coordinatorProven;
    private StudyOutcome? _outcome;

    /// <param name="clock">the clock of its slots' evaluation times: the actor system's scheduler (<see cref="SchedulerClock"/>), so they read the time its timers keep.</param>
    public WorkerNode(WorkerNodeOptions options, ResultOutbox outbox, Func<AdmittedStudy, IEvaluator> evaluatorFor, TimeProvider clock,
        TaskCompletionSource<NodeEnd> end, Action onAdmitted)
    {
        _options = options;
        _outbox = outbox;
        _evaluatorFor = evaluatorFor;
        _clock = clock;
        _end = end;
        _onAdmitted = onAdmitted;
        Joining();
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(WorkerNodeOptions options, ResultOutbox outbox, Func<AdmittedStudy, IEvaluator> evaluatorFor, TimeProvider clock,
        TaskCompletionSource<NodeEnd> end, Action onAdmitted) =>
        Akka.Actor.Props.Create(() => new WorkerNode(options, outbox, evaluatorFor, clock, end, onAdmitted));

    protected override void PreStart()
    {
        // WeaklyUp counts: while a killed node is still unreachable the cluster cannot converge, and a joining node
        // would otherwise wait for its removal before it may even ask for admission.
        Akka.Cluster.Cluster.Get(Context.System).Subscribe(Self, ClusterEvent.InitialStateAsEvents,
            typeof(ClusterEvent.MemberUp), typeof(ClusterEvent.MemberWeaklyUp));
        Context.System.EventStream.Subscribe(Self, typeof(StudyFinished));
    }

    // Anyone in the cluster can address this actor; only the node it joined may speak the protocol to it.
    protected override bool AroundReceive(Receive receive, object message)
    {
        if (message is IProtocolMessage && !Sender.Path.Address.Equals(_options.Coordinator) && !Sender.Path.Address.HasLocalScope)
        {
            _log.Warning("ignored {0} from {1}: this worker joined the coordinator at {2}", message.GetType().Name, Sender.Path.Address, _options.Coordinator);
            return true;
        }
        return base.AroundReceive(receive, message);
    }

    private void Joining()
    {
        Receive<ClusterEvent.IMemberEvent>(m =>
        {
            if (!m.Member.Address.Equals(Akka.Cluster.Cluster.Get(Context.System).SelfAddress) || Timers.IsTimerActive(nameof(AskAdmissionAgain)))
                return;
            AskAdmission();
            Timers.StartPeriodicTimer(nameof(AskAdmissionAgain), AskAdmissionAgain.Instance, _options.AdmissionRetry);
        });
        Receive<AskAdmissionAgain>(_ => AskAdmission());
        Receive<AdmissionChallenge>(OnChallenge);
        Receive<RegistrationRefused>(m => _end.TrySetResult(new NodeEnd(NodeEndKind.Refused, m.Reason)));
        Receive<Admitted>(m =>
        {
            if (_coordinatorProven)
                OnAdmitted(m);
            else
                _log.Warning("ignored an admission from {0} that did not first prove the study's secret", Sender.Path.Address);
        });
    }

    private void Serving(IActorRef coordinator, IEvaluator evaluator)
    {
        Receive<Terminated>(m =>
        {
            if (m.ActorRef.Equals(coordinator))
            {
                // A coordinator that said why the study ended may stop before this node's slots have: the study is over, not lost.
                _end.TrySetResult(_outcome is { } outcome
                    ? new NodeEnd(NodeEndKind.Finished, HowItEnded(outcome))
                    : new NodeEnd(NodeEndKind.Lost, "the coordinator stopped or was removed from the cluster"));
                return;
            }
            _slots.Remove(m.ActorRef);
            if (_slots.Count == 0)
                _end.TrySetResult(new NodeEnd(NodeEndKind.Finished, HowItEnded(_outcome)));
        });
        Receive<Tick>(_ => CatchUp(coordinator, evaluator));
        Receive<ResultRecorded>(m => _outbox.Acknowledge(m.TrialNumber, m.Attempt));
        Receive<StudyFinished>(m => _outcome = m.Outcome);
        Receive<ClusterEvent.IMemberEvent>(_ => { });
        Receive<AdmissionChallenge>(_ => { });
        Receive<AskAdmissionAgain>(_ => { });
    }

    private static string HowItEnded(StudyOutcome? outcome) => outcome switch
    {
        StudyOutcome.Finished => "the study is finished (its budget is spent)",
        StudyOutcome.Interrupted => "the coordinator was stopped (Ctrl-C or SIGTERM) and ended the study before its budget was spent",
        StudyOutcome.TooManyFailures => "the coordinator ended the study: too many trials failed in a row",
        StudyOutcome.Faulted => "the coordinator ended the study: it could not go on (see its log)",
        _ => "the study is finished",
    };

    private void AskAdmission() =>
        Context.ActorSelection(new RootActorPath(_options.Coordinator) / "user" / "gate")
            .Tell(new RequestAdmission(_options.Name, ProtocolVersion.Current, _nonce));

    // A gate that cannot prove the secret over our nonce is not the study's coordinator: never run its study.
    private void OnChallenge(AdmissionChallenge challenge)
    {
        if (!_options.Secret.VerifiesCoordinator(_nonce, _options.Coordinator.ToString(), _options.Name, challenge.CoordinatorMac))
        {
            _end.TrySetResult(new NodeEnd(NodeEndKind.Refused,
                $"refused the coordinator at {_options.Coordinator}: it does not prove the secret of this worker's --secret-file " +
                "(it is not this study's coordinator, or the two hold different files)"));
            return;
        }
        _coordinatorProven = true;
        Sender.Tell(new AdmissionProof(_options.Name, challenge.Nonce, _options.Secret.Prove(challenge.Nonce, _options.Name)));
    }

    private void OnAdmitted(Admitted message)
    {
        Timers.Cancel(nameof(AskAdmissionAgain));
        if (!AdmittedStudy.TryFrom(message, out var study, out var invalid))
        {
            _end.TrySetResult(new NodeEnd(NodeEndKind.Refused, invalid));
            return;
        }
        IEvaluator evaluator;
        try
        {
            evaluator = _evaluatorFor(study);
        }
        catch (Exception e)
        {
            _end.TrySetResult(new NodeEnd(NodeEndKind.Refused, $"cannot evaluate this study here: {e.Message}"));
            return;
        }
        var coordinator = Sender;
        _log.Info("admitted by the coordinator at {0}", coordinator.Path.Address);
        _onAdmitted();
        Context.Watch(coordinator);
        Become(() => Serving(coordinator, evaluator));
        CatchUp(coordinator, evaluator);
        Timers.StartPeriodicTimer(nameof(Tick), Tick.Instance, _options.Worker.HeartbeatInterval);
    }

    // Evaluations of an earlier cluster hold slots until they end; their results and heartbeats go out from here.
    private void CatchUp(IActorRef coordinator, IEvaluator evaluator)
    {
        foreach (var report in _outbox.OrphanedReports())
            coordinator.Tell(report);
        var orphans = _outbox.OrphanedEvaluations();
        foreach (var (trial, attempt) in orphans)
            coordinator.Tell(new Heartbeat(trial, attempt));
        for (var free = _options.Slots - orphans.Count - _slots.Count; free > 0; free--)
        {
            var slot = Enumerable.Range(1, _options.Slots).First(s => !_slots.ContainsValue(s));
            var worker = Context.ActorOf(
                Worker.Props(coordinator, _options.SlotName(slot), evaluator, _options.Worker, _clock, _outbox),
                $"slot-{slot}-{++_slotsStarted}");
            Context.Watch(worker);
            _slots[worker] = slot;
        }
    }

    private sealed record AskAdmissionAgain
    {
        public static readonly AskAdmissionAgain Instance = new();
    }

    private sealed record Tick
    {
        public static readonly Tick Instance = new();
    }
}
