using Ares.Optics;

namespace Ares.Tuning;

/// <summary>
/// One tuning problem: the incoming beam at step 0, how far its centroid drifts per step [m], the misalignments
/// of the machine and the beam parameters the operator wants on the screen.
/// </summary>
public sealed record TuningTask(Beam Incoming, TransverseOffset DriftPerStep, Misalignments Misalignments, BeamParameters Target)
{
    /// <summary>The incoming beam at <paramref name="step"/>: its centroid moved by step x the drift rate.</summary>
    public Beam IncomingAt(int step) => new(
        Incoming.Horizontal with { Centroid = Incoming.Horizontal.Centroid + new PhaseVector(step * DriftPerStep.X, 0) },
        Incoming.Vertical with { Centroid = Incoming.Vertical.Centroid + new PhaseVector(step * DriftPerStep.Y, 0) });
}
