using Akka.Actor;
using Akka.Event;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Protocol;

namespace Optimizer.Cluster.Workers;

/// <summary>
/// One evaluation slot: registers with the coordinator, pulls a trial, evaluates it off the actor thread
/// (piped back), reports the result and pulls again. A <see cref="StudyFinished"/> cancels the evaluation
/// in progress; the worker stops once it has ended, so no evaluator process outlives the study.
/// With a <see cref="ResultOutbox"/> (cluster mode) an evaluation outlives the actor, so a node that loses the
/// coordinator keeps evaluating, and every result stays in the outbox until the coordinator acknowledges it.
/// Protocol messages are taken only from its coordinator (or from its own process: a host stopping it).
/// Intermediate reports of the evaluation go to the coordinator as they are made; an <see cref="IntermediateRecorded"/>
/// that says stop ends the evaluation gracefully (<see cref="EvaluationRequest.Stop"/>).
/// </summary>
public sealed class Worker : ReceiveActor, IWithTimers
{
    private const string HeartbeatTimer = "heartbeat";

    private readonly IActorRef _coordinator;
    private readonly string _name;
    private readonly IEvaluator _evaluator;
    private readonly WorkerSettings _settings;
    private readonly TimeProvider _clock;
    private readonly ResultOutbox? _outbox;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private CancellationTokenSource? _evaluation;
    private CancellationTokenSource? _stop;

    public Worker(IActorRef coordinator, string name, IEvaluator evaluator, WorkerSettings settings, TimeProvider clock, ResultOutbox? outbox)
    {
        _outbox = outbox;
        _coordinator = coordinator;
        _name = name;
        _evaluator = evaluator;
        _settings = settings;
        _clock = clock;
        Registering();
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(
        IActorRef coordinator, string name, IEvaluator evaluator, WorkerSettings settings, TimeProvider clock, ResultOutbox? outbox = null) =>
        Akka.Actor.Props.Create(() => new Worker(coordinator, name, evaluator, settings, clock, outbox));

    // A slot works for the coordinator it was given: protocol messages from any other actor (remote) are dropped.
    protected override bool AroundReceive(Receive receive, object message)
    {
        if (message is IProtocolMessage && !Sender.Equals(_coordinator) && !Sender.Path.Address.HasLocalScope)
        {
            _log.Warning("worker {0} ignored {1} from {2}, which is not its coordinator", _name, message.GetType().Name, Sender.Path);
            return true;
        }
        return base.AroundReceive(receive, message);
    }

    protected override void PreStart() => _coordinator.Tell(new RegisterWorker(_name, ProtocolVersion.Current));

    // Without an outbox nobody would collect the result: end the evaluation with the actor.
    protected override void PostStop()
    {
        if (_outbox is null)
            _evaluation?.Cancel();
    }

    private void Registering()
    {
        Receive<WorkerRegistered>(_ => AskForWork());
        Receive<RegistrationRefused>(m =>
        {
            _log.Error("worker {0} was refused: {1}", _name, m.Reason);
            Context.Stop(Self);
        });
        Receive<StudyFinished>(m =>
        {
            Announce(m);
            Context.Stop(Self);
        });
    }

    private void Idle()
    {
        Receive<ResultRecorded>(Acknowledge);
        Receive<IntermediateRecorded>(_ => { }); // a decision about an evaluation that has ended since
        Receive<WorkAssigned>(Evaluate);
        Receive<NoWorkYet>(_ => Timers.StartSingleTimer(nameof(AskAgain), AskAgain.Instance, _settings.RetryDelay));
        Receive<AskAgain>(_ => AskForWork());
        Receive<StudyFinished>(m =>
        {
            Announce(m);
            Context.Stop(Self);
        });
    }

    private void Evaluating(WorkAssigned work)
    {
        Receive<ResultRecorded>(Acknowledge);
        Receive<EvaluationEnded>(ended =>
        {
            EndEvaluation();
            _coordinator.Tell(ended.Report);
            AskForWork();
        });
        Receive<SendHeartbeat>(_ => _coordinator.Tell(new Heartbeat(work.TrialNumber, work.Attempt)));
        Receive<IntermediateRecorded>(m =>
        {
            if (m.Stop && m.TrialNumber == work.TrialNumber && m.Attempt == work.Attempt)
                _stop?.Cancel();
        });
        Receive<StudyFinished>(m =>
        {
            Announce(m);
            _evaluation?.Cancel();
            Become(Stopping);
        });
    }

    // The coordinator has already recorded the trial as interrupted; only the evaluation's end is awaited.
    private void Stopping()
    {
        Receive<ResultRecorded>(Acknowledge);
        Receive<IntermediateRecorded>(_ => { });
        Receive<EvaluationEnded>(_ =>
        {
            EndEvaluation();
            Context.Stop(Self);
        });
        Receive<StudyFinished>(_ => { });
    }

    // The node hosting this slot tells the user how the study ended (see WorkerNode).
    private static void Announce(StudyFinished finished) => Context.System.EventStream.Publish(finished);

    private void AskForWork()
    {
        _coordinator.Tell(new RequestWork(_name));
        Become(Idle);
    }

    private void Evaluate(WorkAssigned work)
    {
        _evaluation = new CancellationTokenSource();
        _stop = new CancellationTokenSource();
        var started = _clock.GetTimestamp();
        var (coordinator, self) = (_coordinator, Self);
        var request = new EvaluationRequest(work.TrialNumber, work.Attempt, work.Parameters)
        {
            OnIntermediate = (step, values) => coordinator.Tell(new IntermediateReported(work.TrialNumber, work.Attempt, step, values), self),
            Stop = _stop.Token,
        };
        var (outbox, clock) = (_outbox, _clock);
        outbox?.Begin(work.TrialNumber, work.Attempt, _evaluation);
        // The report is made and kept on the thread pool, so it reaches the outbox even if this actor is gone by then.
        _evaluator.EvaluateAsync(request, _evaluation.Token)
            .ContinueWith(evaluation =>
            {
                var result = evaluation.IsCompletedSuccessfully ? evaluation.Result : FailureOf(evaluation.Exception?.GetBaseException());
                var report = ReportOf(work, result, clock.GetElapsedTime(started).TotalSeconds);
                outbox?.End(work.TrialNumber, work.Attempt, report);
                return new EvaluationEnded(report);
            }, TaskScheduler.Default)
            .PipeTo(Self);
        Timers.StartPeriodicTimer(HeartbeatTimer, SendHeartbeat.Instance, _settings.HeartbeatInterval);
        Become(() => Evaluating(work));
    }

    private static EvaluationResult FailureOf(Exception? cause) => cause is null or OperationCanceledException
        ? EvaluationResult.Failure("cancelled")
        : EvaluationResult.Failure($"the evaluator threw {cause.GetType().Name}: {cause.Message}");

    private static IProtocolMessage ReportOf(WorkAssigned work, EvaluationResult result, double seconds) =>
        result.Values is { } values
            ? new TrialSucceeded(work.TrialNumber, work.Attempt, values, seconds)
            : new TrialFailed(work.TrialNumber, work.Attempt, result.Error ?? "unknown error", seconds);

    private void Acknowledge(ResultRecorded message) => _outbox?.Acknowledge(message.TrialNumber, message.Attempt);

    private void EndEvaluation()
    {
        Timers.Cancel(HeartbeatTimer);
        _evaluation?.Dispose();
        _evaluation = null;
        _stop?.Dispose();
        _stop = null;
    }

    private sealed record EvaluationEnded(IProtocolMessage Report);

    private sealed record SendHeartbeat
    {
        public static readonly SendHeartbeat Instance = new();
    }

    private sealed record AskAgain
    {
        public static readonly AskAgain Instance = new();
    }
}
