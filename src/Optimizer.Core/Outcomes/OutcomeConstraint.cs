namespace Optimizer.Core.Outcomes;

/// <summary>
/// A metric that must stay within [Min, Max] (either bound optional) for a trial to be feasible; whether a trial does
/// is decided in one place, <see cref="Feasibility"/>.
/// </summary>
public sealed record OutcomeConstraint(string Name, double? Min, double? Max);
