using Ares.Optics;

namespace Ares.Tuning;

/// <summary>
/// The distribution tasks are drawn from, uniform in each range (Kaiser et al., Sci. Rep. 14, 2024, arXiv:2306.03739):
/// target mu within +-2 mm and sigma in [0, 2] mm; incoming mu within +-1 mm, mu' within +-0.1 mrad, sigma 10-500 um,
/// sigma' 1-50 urad; quadrupole and screen misalignments within +-0.5 mm. The centroid drift of at most 0.1 um per
/// step is this example's own estimate of a slow machine drift. The incoming energy (80-160 MeV there) is not drawn:
/// with strengths given as k1 and angles, the linear transverse optics do not depend on it.
/// </summary>
public static class TaskDistribution
{
    public const double MaxTargetCentroid = 2e-3;
    public const double MaxTargetSize = 2e-3;
    public const double MaxIncomingCentroid = 1e-3;
    public const double MaxIncomingAngle = 0.1e-3;
    public const double MinIncomingSize = 10e-6;
    public const double MaxIncomingSize = 500e-6;
    public const double MinIncomingDivergence = 1e-6;
    public const double MaxIncomingDivergence = 50e-6;
    public const double MaxMisalignment = 0.5e-3;
    public const double MaxDriftPerStep = 0.1e-6;

    public static TuningTask Sample(Random random)
    {
        var incoming = new Beam(IncomingPlane(random), IncomingPlane(random));
        var drift = new TransverseOffset(Symmetric(random, MaxDriftPerStep), Symmetric(random, MaxDriftPerStep));
        var misalignments = new Misalignments(Offset(random), Offset(random), Offset(random), Offset(random));
        var target = new BeamParameters(
            Symmetric(random, MaxTargetCentroid), Uniform(random, 0, MaxTargetSize),
            Symmetric(random, MaxTargetCentroid), Uniform(random, 0, MaxTargetSize));
        return new TuningTask(incoming, drift, misalignments, target);
    }

    private static BeamPlane IncomingPlane(Random random) => BeamPlane.Uncorrelated(
        new PhaseVector(Symmetric(random, MaxIncomingCentroid), Symmetric(random, MaxIncomingAngle)),
        Uniform(random, MinIncomingSize, MaxIncomingSize),
        Uniform(random, MinIncomingDivergence, MaxIncomingDivergence));

    private static TransverseOffset Offset(Random random) =>
        new(Symmetric(random, MaxMisalignment), Symmetric(random, MaxMisalignment));

    private static double Symmetric(Random random, double limit) => Uniform(random, -limit, limit);

    private static double Uniform(Random random, double low, double high) => low + (high - low) * random.NextDouble();
}
