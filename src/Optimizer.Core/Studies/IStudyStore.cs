using Optimizer.Core.Space;

namespace Optimizer.Core.Studies;

/// <summary>
/// Durable record of a study: its definition and every trial. Each method commits one state change
/// atomically before it returns, so a process killed at any point leaves a consistent store.
/// </summary>
public interface IStudyStore : IReadOnlyStudyStore
{
    /// <summary>
    /// Adds a trial in state <see cref="TrialState.Queued"/> with the next number and attempt 1;
    /// <paramref name="proposalSeconds"/> is its share of the proposal's time (<see cref="TrialTimings"/>).
    /// </summary>
    Trial Enqueue(Assignment parameters, double? proposalSeconds = null);

    /// <summary>Queued -> Running on <paramref name="worker"/>, whose free slot waited <paramref name="queueWaitSeconds"/> for it.</summary>
    Trial Start(int number, string worker, DateTimeOffset at, double? queueWaitSeconds = null);

    /// <summary>Running -> Complete. A result for another attempt, or for a trial already terminal, changes nothing.</summary>
    Trial Complete(int number, int attempt, IReadOnlyDictionary<string, double> values, DateTimeOffset at, double? evaluationSeconds = null);

    /// <summary>Running -> Failed with a reason (and the evaluator's stderr tail, if any). Idempotent like <see cref="Complete"/>.</summary>
    Trial Fail(int number, int attempt, string reason, DateTimeOffset at, double? evaluationSeconds = null);

    /// <summary>
    /// Running -> Pruned: early stopping stopped the trial; its intermediate values stay, it has no final values.
    /// Idempotent like <see cref="Complete"/>.
    /// </summary>
    Trial Prune(int number, int attempt, DateTimeOffset at, double? evaluationSeconds = null);

    /// <summary>Running -> Interrupted: the run was stopped while the trial ran. Idempotent like <see cref="Complete"/>.</summary>
    Trial Interrupt(int number, int attempt, DateTimeOffset at);

    /// <summary>Running, Failed or Interrupted -> Queued with attempt + 1 (a lost worker, a retried failure, an interrupted run being resumed).</summary>
    Trial Requeue(int number);

    /// <summary>
    /// Records the intermediate values of a running trial at <paramref name="report"/>'s step (a repeated step replaces
    /// the earlier report). False, and nothing written, when the trial is not running that attempt.
    /// </summary>
    bool Report(int number, IntermediateReport report);
}
