namespace Optimizer.Core.Models;

/// <summary>
/// A strategy's model of one outcome conditioned on the observations, its output transform, and how its hyper-parameters
/// were obtained on the leading <paramref name="FitSize"/> observations (<see cref="RefitSchedule"/>).
/// </summary>
/// <param name="Samples">the same observations conditioned at each posterior sample of the hyper-parameters; empty: the MAP fit alone.</param>
internal sealed record OutcomeFit(GaussianProcess Model, OutputTransform Transform, HyperparameterFitStatus Status, int FitSize, IReadOnlyList<GaussianProcess> Samples);
