using Ares.Optics;

namespace Ares.Tuning;

/// <summary>
/// The simulated machine for one task: set the magnets, track the (drifting) incoming beam to the misaligned screen
/// and read it, with or without measurement noise. The tuning error is the MAE to the target. A beam off the screen
/// gives no beam parameters; its error is <see cref="OffScreenError"/> plus how far the centroid lies outside the
/// aperture (this example's assumption: an operator, or a coarse position monitor, knows which way the beam left).
/// Every optimizer thus sees a number worse than a typical on-screen reading, graded so that a flat plateau over the
/// large off-screen part of the space does not hide the way back.
/// </summary>
public sealed class AresMachine(TuningTask task, ScreenNoise noise)
{
    /// <summary>The least error charged for a beam off the screen [m]: 10 mm, almost three times the largest error (3.6 mm) of a beam inside the aperture with sizes up to 2 mm.</summary>
    public const double OffScreenError = 10e-3;

    private readonly Screen _screen = Screen.Ares(task.Misalignments.Screen);

    public TuningTask Task { get; } = task;

    /// <summary>The noise-free reading at <paramref name="step"/>.</summary>
    public ScreenReading ExactReading(MagnetSettings settings, int step) =>
        _screen.Read(AresLattice.Build(settings, Task.Misalignments).Track(Task.IncomingAt(step)));

    /// <summary>A reading at <paramref name="step"/> with measurement noise on the beam parameters.</summary>
    public ScreenReading Measure(MagnetSettings settings, int step, Random random)
    {
        var exact = ExactReading(settings, step);
        return exact.Beam is { } beam ? exact with { Beam = noise.Apply(beam, random) } : exact;
    }

    /// <summary>The error of a reading [m]: its MAE to the target, or <see cref="OffScreenError"/> plus the distance outside the aperture.</summary>
    public double Error(ScreenReading reading) =>
        reading.Beam?.MeanAbsoluteError(Task.Target) ?? OffScreenError + reading.DistanceOutside;
}
