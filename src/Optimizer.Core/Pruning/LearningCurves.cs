using Optimizer.Core.Outcomes;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Pruning;

/// <summary>
/// The objective of each trial's current attempt at every step it reported, in arrival order: what early stopping
/// decides on. Owned by one thread (the coordinator).
/// </summary>
public sealed class LearningCurves
{
    private readonly Dictionary<int, List<CurvePoint>> _curves = [];
    private readonly Dictionary<(int Trial, int Step), IReadOnlyDictionary<string, double>> _metrics = [];
    private long _next;

    /// <summary>Trials with at least one reported step.</summary>
    public IEnumerable<int> Trials => _curves.Keys;

    /// <summary>
    /// The curves of <paramref name="reports"/> (in the store's order) for the attempt each trial is at now; trials that
    /// are queued or interrupted (their reports belong to an attempt that will run again) and failed ones are left out.
    /// </summary>
    public static LearningCurves From(IEnumerable<TrialReport> reports, IReadOnlyDictionary<int, Trial> trials, Objective objective)
    {
        var curves = new LearningCurves();
        foreach (var (number, report) in reports)
        {
            if (trials.TryGetValue(number, out var trial) && trial.Attempt == report.Attempt
                && trial.State is TrialState.Running or TrialState.Complete or TrialState.Pruned)
                curves.Add(number, report, objective);
        }
        return curves;
    }

    /// <summary>Adds the objective's value of <paramref name="report"/>, and keeps its other metrics; false when the report lacks the objective.</summary>
    public bool Add(int trial, IntermediateReport report, Objective objective)
    {
        if (!report.Values.TryGetValue(objective.Name, out var value))
            return false;
        Add(trial, report.Step, -objective.ToMaximization(value));
        _metrics[(trial, report.Step)] = report.Values;
        return true;
    }

    /// <summary>
    /// Adds the loss of <paramref name="trial"/> at <paramref name="step"/>. A step reported again with the same loss
    /// keeps its place; with another loss it replaces the earlier one and arrives now.
    /// </summary>
    public void Add(int trial, int step, double loss)
    {
        if (!_curves.TryGetValue(trial, out var curve))
            _curves[trial] = curve = [];
        var existing = curve.FindIndex(p => p.Step == step);
        if (existing >= 0)
        {
            if (curve[existing].Loss.Equals(loss))
                return;
            curve.RemoveAt(existing);
        }
        _metrics.Remove((trial, step));
        curve.Add(new CurvePoint(step, loss, _next++));
    }

    /// <summary>Forgets a trial's curve (its attempt ended without a result worth comparing, or it runs again).</summary>
    public void Remove(int trial)
    {
        if (!_curves.Remove(trial, out var curve))
            return;
        foreach (var point in curve)
            _metrics.Remove((trial, point.Step));
    }

    /// <summary>Every metric of the report that gave <paramref name="trial"/>'s point at <paramref name="step"/>; empty when it was added as a bare loss.</summary>
    public IReadOnlyDictionary<string, double> MetricsAt(int trial, int step) =>
        _metrics.TryGetValue((trial, step), out var metrics) ? metrics : new Dictionary<string, double>();

    /// <summary>The trial's reported points in arrival order (empty when none).</summary>
    public IReadOnlyList<CurvePoint> Of(int trial) => _curves.TryGetValue(trial, out var curve) ? curve : [];

    /// <summary>The point of <paramref name="trial"/> at <paramref name="step"/>.</summary>
    /// <exception cref="KeyNotFoundException">It has not reported that step.</exception>
    public CurvePoint At(int trial, int step)
    {
        foreach (var point in Of(trial))
            if (point.Step == step)
                return point;
        throw new KeyNotFoundException($"trial {trial} has not reported step {step}");
    }

    /// <summary>
    /// The loss of <paramref name="trial"/> at the first step it reached at or after <paramref name="step"/>, counting only
    /// points that arrived before <paramref name="before"/>; null when it had not got that far.
    /// </summary>
    public double? FirstAtOrAfter(int trial, int step, long before) => FirstPointAtOrAfter(trial, step, before)?.Loss;

    /// <summary>The point behind <see cref="FirstAtOrAfter"/>: the first step <paramref name="trial"/> reached at or after <paramref name="step"/>.</summary>
    public CurvePoint? FirstPointAtOrAfter(int trial, int step, long before)
    {
        CurvePoint? first = null;
        foreach (var point in Of(trial))
            if (point.Sequence < before && point.Step >= step && (first is null || point.Step < first.Value.Step))
                first = point;
        return first;
    }

    /// <summary>The losses of every trial but <paramref name="trial"/> at exactly <paramref name="step"/>, arrived before <paramref name="before"/>.</summary>
    public List<double> OthersAt(int trial, int step, long before)
    {
        var losses = new List<double>();
        foreach (var (other, curve) in _curves)
        {
            if (other == trial)
                continue;
            foreach (var point in curve)
                if (point.Step == step && point.Sequence < before)
                    losses.Add(point.Loss);
        }
        return losses;
    }
}
