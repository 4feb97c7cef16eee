using Optimizer.Core.Acquisition;
using Optimizer.Core.Outcomes;

namespace Optimizer.Core.Strategies;

/// <summary>
/// What a <see cref="MultiObjectiveGpStrategy"/> maximizes (NEHVI, ParEGO): fitted once per proposal call on the
/// observations, then built for each point's pending set and seed.
/// </summary>
internal interface IMultiObjectiveAcquisitionFactory
{
    /// <summary>
    /// Whether the acquisition integrates the black-box constraints itself (<see cref="AcquisitionRequest.Constraints"/>);
    /// otherwise the strategy weights it by their probability of feasibility.
    /// </summary>
    bool IntegratesConstraints { get; }

    /// <summary>Fits what the acquisition needs; the result builds it for a request.</summary>
    Func<AcquisitionRequest, IAcquisition> Fit(MultiObjectiveEvidence evidence);
}

/// <summary>One point's acquisition to build.</summary>
/// <param name="Pending">encoded pending points (P x d).</param>
/// <param name="Seed">the seed of its base samples.</param>
/// <param name="Constraints">the black-box constraints to integrate (empty unless the factory integrates constraints).</param>
internal sealed record AcquisitionRequest(IReadOnlyList<double[]> Pending, int Seed, IReadOnlyList<FittedConstraint> Constraints);

/// <summary>The successful observations of a multi-objective study, as its acquisition sees them.</summary>
/// <param name="Inputs">encoded inputs (n x d).</param>
/// <param name="Observations">the observations, closed forms filled in (n).</param>
/// <param name="Vectors">objective values in maximization form (n x m).</param>
/// <param name="Feasible">whether each observation satisfies every constraint (n).</param>
/// <param name="Reference">the hypervolume reference in maximization form (m).</param>
internal sealed record MultiObjectiveEvidence(
    List<double[]> Inputs, IReadOnlyList<Observation> Observations, List<double[]> Vectors, bool[] Feasible, double[] Reference);
