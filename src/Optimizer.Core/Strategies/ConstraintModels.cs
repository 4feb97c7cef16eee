using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// The outcome constraints of a GP strategy: one cached GP per black-box constraint metric, closed forms computed
/// exactly; fitted, they give the log probability of feasibility an acquisition is weighted by (Gardner et al. 2014), or
/// the constraint models an acquisition integrates itself.
/// </summary>
internal sealed class ConstraintModels
{
    private readonly SearchSpace _space;
    private readonly IReadOnlyList<OutcomeConstraint> _constraints;
    private readonly ClosedFormMetrics _closedForms;
    private readonly OutcomeModel?[] _models;

    public ConstraintModels(
        SearchSpace space, IReadOnlyList<OutcomeConstraint> constraints, ClosedFormMetrics closedForms, GpFitOptions fit, RefitSettings refit, int seed, Action<string>? warn,
        bool meanAtBound = false)
    {
        _space = space;
        _constraints = constraints;
        _closedForms = closedForms;
        _models = constraints
            .Select((c, i) => closedForms.TryGet(c.Name, out _)
                ? null
                : new OutcomeModel(new OutcomeModelSettings(Negate: false, LogWarp: false, PowerTransform: false, refit, fit, PriorMeanAt: meanAtBound ? BoundOf(c) : null), Sampling.SeedMixer.Mix(seed, 1000 + i), $"constraint '{c.Name}'", warn))
            .ToArray();
    }

    public bool IsEmpty => _constraints.Count == 0;

    /// <summary>
    /// Fits (or extends) each constraint's model on <paramref name="inputs"/> (n x d) and the observations'
    /// values (closed forms filled in).
    /// </summary>
    public FittedConstraints Fit(IReadOnlyList<double[]> inputs, IReadOnlyList<Observation> history)
    {
        var modelled = new List<FittedConstraint>();
        var closed = new List<ClosedFormConstraint>();
        for (var c = 0; c < _constraints.Count; c++)
        {
            var constraint = _constraints[c];
            var values = history.Select((o, i) => o.Values.TryGetValue(constraint.Name, out var v) && double.IsFinite(v)
                ? v
                : throw new ArgumentException($"observation {i}: constraint '{constraint.Name}' is missing or not a finite number", nameof(history))).ToArray();
            if (_models[c] is { } model)
            {
                var fit = model.Update(inputs, values);
                modelled.Add(new FittedConstraint(fit.Model, Bound(fit.Transform, constraint.Min), Bound(fit.Transform, constraint.Max)));
                continue;
            }
            _closedForms.TryGet(constraint.Name, out var function);
            var transform = OutputTransform.Fit(values, logWarp: false, negate: false);
            closed.Add(new ClosedFormConstraint(new ClosedFormOutcome(_space, function, transform), Bound(transform, constraint.Min), Bound(transform, constraint.Max)));
        }
        return new FittedConstraints(modelled, closed);
    }

    // The value where the constraint turns: its one bound, or the middle of its two.
    private static double? BoundOf(OutcomeConstraint constraint) => (constraint.Min, constraint.Max) switch
    {
        ({ } min, { } max) => (min + max) / 2,
        ({ } min, null) => min,
        (null, { } max) => max,
        _ => null,
    };

    private static double? Bound(OutputTransform transform, double? bound) => bound is { } b ? transform.Forward(b) : null;
}
