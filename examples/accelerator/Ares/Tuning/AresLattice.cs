using Ares.Optics;

namespace Ares.Tuning;

/// <summary>
/// The ARES experimental area at DESY from the entrance to the diagnostic screen (2.046 m): element lengths from the public
/// lattice (Ocelot ARESlatticeStage3v1_9) as used by Kaiser et al., Sci. Rep. 14, 2024, arXiv:2306.03739.
/// </summary>
public static class AresLattice
{
    public const double QuadrupoleLength = 0.122;
    public const double CorrectorLength = 0.02;

    /// <summary>The beamline for the given magnet settings and quadrupole misalignments (the screen is separate).</summary>
    public static Beamline Build(MagnetSettings settings, Misalignments misalignments) => new(
    [
        new Drift("Drift_1", 0.17504),
        new Quadrupole("Q1", QuadrupoleLength, settings.K1Q1, misalignments.Q1),
        new Drift("Drift_2", 0.428),
        new Quadrupole("Q2", QuadrupoleLength, settings.K1Q2, misalignments.Q2),
        new Drift("Drift_3", 0.204),
        new Corrector("CV", CorrectorLength, CorrectorPlane.Vertical, settings.ThetaCV),
        new Drift("Drift_4", 0.204),
        new Quadrupole("Q3", QuadrupoleLength, settings.K1Q3, misalignments.Q3),
        new Drift("Drift_5", 0.179),
        new Corrector("CH", CorrectorLength, CorrectorPlane.Horizontal, settings.ThetaCH),
        new Drift("Drift_6", 0.450),
    ]);
}
