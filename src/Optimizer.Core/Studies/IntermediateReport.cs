namespace Optimizer.Core.Studies;

/// <summary>
/// What a running trial reported at one step of its training (an epoch, an iteration): metric values that are not yet
/// its result, the input of early stopping. <paramref name="Step"/> is at least 1.
/// </summary>
public sealed record IntermediateReport(int Attempt, int Step, IReadOnlyDictionary<string, double> Values, DateTimeOffset At);

/// <summary>An <see cref="IntermediateReport"/> of trial <paramref name="Trial"/>.</summary>
public sealed record TrialReport(int Trial, IntermediateReport Report);
