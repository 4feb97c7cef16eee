using Akka.Actor;
using Akka.Event;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Protocol;

namespace Optimizer.Cluster.Workers;

/// <summary>
/// One evaluation slot: registers with the coordinator, pulls a trial, evaluates it off the actor thread
/// (piped back), reports the result and pulls again. A <see cref="StudyFinished"/> cancels the evaluation
/// in progress; the worker stops once it has ended, so no evaluator process outlives the study.
/// </summary>
public sealed class Worker : ReceiveActor, IWithTimers
{
    private const string HeartbeatTimer = "heartbeat";

    private readonly IActorRef _coordinator;
    private readonly string _name;
    private readonly IEvaluator _evaluator;
    private readonly WorkerSettings _settings;
    private readonly TimeProvider _clock;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private CancellationTokenSource? _evaluation;

    public Worker(IActorRef coordinator, string name, IEvaluator evaluator, WorkerSettings settings, TimeProvider clock)
    {
        _coordinator = coordinator;
        _name = name;
        _evaluator = evaluator;
        _settings = settings;
        _clock = clock;
        Registering();
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(IActorRef coordinator, string name, IEvaluator evaluator, WorkerSettings settings, TimeProvider clock) =>
        Akka.Actor.Props.Create(() => new Worker(coordinator, name, evaluator, settings, clock));

    protected override void PreStart() => _coordinator.Tell(new RegisterWorker(_name, 1, ProtocolVersion.Current));

    protected override void PostStop() => _evaluation?.Cancel();

    private void Registering()
    {
        Receive<WorkerRegistered>(_ => AskForWork());
        Receive<RegistrationRefused>(m =>
        {
            _log.Error("worker {0} was refused: {1}", _name, m.Reason);
            Context.Stop(Self);
        });
        Receive<StudyFinished>(_ => Context.Stop(Self));
    }

    private void Idle()
    {
        Receive<WorkAssigned>(Evaluate);
        Receive<NoWorkYet>(_ => Timers.StartSingleTimer(nameof(AskAgain), AskAgain.Instance, _settings.RetryDelay));
        Receive<AskAgain>(_ => AskForWork());
        Receive<StudyFinished>(_ => Context.Stop(Self));
    }

    private void Evaluating(WorkAssigned work)
    {
        Receive<EvaluationEnded>(ended =>
        {
            EndEvaluation();
            _coordinator.Tell(ended.Result.Values is { } values
                ? new TrialSucceeded(work.TrialNumber, work.Attempt, values, ended.Seconds)
                : new TrialFailed(work.TrialNumber, work.Attempt, ended.Result.Error ?? "unknown error", ended.Seconds));
            AskForWork();
        });
        Receive<SendHeartbeat>(_ => _coordinator.Tell(new Heartbeat(work.TrialNumber, work.Attempt)));
        Receive<StudyFinished>(_ =>
        {
            _evaluation?.Cancel();
            Become(Stopping);
        });
    }

    // The coordinator has already recorded the trial as interrupted; only the evaluation's end is awaited.
    private void Stopping()
    {
        Receive<EvaluationEnded>(_ =>
        {
            EndEvaluation();
            Context.Stop(Self);
        });
        Receive<StudyFinished>(_ => { });
    }

    private void AskForWork()
    {
        _coordinator.Tell(new RequestWork(_name, 0));
        Become(Idle);
    }

    private void Evaluate(WorkAssigned work)
    {
        _evaluation = new CancellationTokenSource();
        var started = _clock.GetTimestamp();
        var request = new EvaluationRequest(work.TrialNumber, work.Attempt, work.Parameters);
        _evaluator.EvaluateAsync(request, _evaluation.Token).PipeTo(Self,
            success: result => new EvaluationEnded(result, _clock.GetElapsedTime(started).TotalSeconds),
            failure: cause => new EvaluationEnded(FailureOf(cause.GetBaseException()), _clock.GetElapsedTime(started).TotalSeconds));
        Timers.StartPeriodicTimer(HeartbeatTimer, SendHeartbeat.Instance, _settings.HeartbeatInterval);
        Become(() => Evaluating(work));
    }

    private static EvaluationResult FailureOf(Exception cause) => cause is OperationCanceledException
        ? EvaluationResult.Failure("cancelled")
        : EvaluationResult.Failure($"the evaluator threw {cause.GetType().Name}: {cause.Message}");

    private void EndEvaluation()
    {
        Timers.Cancel(HeartbeatTimer);
        _evaluation?.Dispose();
        _evaluation = null;
    }

    private sealed record EvaluationEnded(EvaluationResult Result, double Seconds);

    private sealed record SendHeartbeat
    {
        public static readonly SendHeartbeat Instance = new();
    }

    private sealed record AskAgain
    {
        public static readonly AskAgain Instance = new();
    }
}
