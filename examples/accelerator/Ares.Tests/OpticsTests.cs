using Ares.Optics;

namespace Ares.Tests;

public class OpticsTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Drift_then_thin_quadrupole_matches_the_thin_lens_matrix_by_hand()
    {
        // Drift d = 2 m, then a thin lens of focal length f = 0.5 m (k1 L = 1/f = 2 m^-1 over L = 1e-5 m):
        // [[1, 0], [-1/f, 1]] [[1, d], [0, 1]] = [[1, d], [-1/f, 1 - d/f]] = [[1, 2], [-2, -3]].
        const double length = 1e-5;
        var line = new Beamline([new Drift("D", 2.0), new Quadrupole("Q", length, 2.0 / length, TransverseOffset.None)]);

        var r = line.Map().Horizontal.R;

        Assert.Equal(1.0, r.M11, 1e-4);
        Assert.Equal(2.0, r.M12, 1e-4);
        Assert.Equal(-2.0, r.M21, 1e-4);
        Assert.Equal(-3.0, r.M22, 1e-4);
    }

    [Fact]
    public void Drift_then_thick_quadrupole_matches_the_quarter_oscillation_by_hand()
    {
        // L = 0.5 m, k1 = pi^2 m^-2: w = pi, wL = pi/2, so cos = 0 and sin = 1 in the focusing plane:
        // Q = [[0, 1/pi], [-pi, 0]]; after a 1 m drift, Q D = [[0, 1/pi], [-pi, -pi]].
        // Defocusing plane: cosh(pi/2) = 2.5091784787, sinh(pi/2) = 2.3012989023:
        // Q = [[2.5091784787, 2.3012989023/pi], [pi 2.3012989023, 2.5091784787]], Q D = [[c, c + s/pi], [pi s, pi s + c]].
        var line = new Beamline([new Drift("D", 1.0), new Quadrupole("Q", 0.5, Math.PI * Math.PI, TransverseOffset.None)]);

        var (horizontal, vertical) = line.Map();

        Assert.Equal(0.0, horizontal.R.M11, Tolerance);
        Assert.Equal(1 / Math.PI, horizontal.R.M12, Tolerance);
        Assert.Equal(-Math.PI, horizontal.R.M21, Tolerance);
        Assert.Equal(-Math.PI, horizontal.R.M22, Tolerance);
        const double c = 2.5091784787, s = 2.3012989023;
        Assert.Equal(c, vertical.R.M11, 1e-9);
        Assert.Equal(c + s / Math.PI, vertical.R.M12, 1e-9);
        Assert.Equal(Math.PI * s, vertical.R.M21, 1e-9);
        Assert.Equal(Math.PI * s + c, vertical.R.M22, 1e-9);
    }

    [Fact]
    public void Centroid_and_covariance_propagate_as_R_mu_and_R_Sigma_R_transpose()
    {
        // With R = [[0, 1/pi], [-pi, -pi]] (the case above): mu = (1 mm, 0) -> (0, -pi mm);
        // Sigma = diag(s^2, a^2) -> Sigma_11 = a^2 / pi^2, so sigma_out = a / pi.
        const double size = 1e-3, divergence = 2e-3;
        var line = new Beamline([new Drift("D", 1.0), new Quadrupole("Q", 0.5, Math.PI * Math.PI, TransverseOffset.None)]);
        var plane = BeamPlane.Uncorrelated(new PhaseVector(1e-3, 0), size, divergence);

        var result = line.Track(new Beam(plane, plane)).Horizontal;

        Assert.Equal(0.0, result.Centroid.Position, Tolerance);
        Assert.Equal(-Math.PI * 1e-3, result.Centroid.Angle, Tolerance);
        Assert.Equal(divergence / Math.PI, result.Size, Tolerance);
        // R Sigma = [[0, a^2/pi], [-pi s^2, -pi a^2]], so Sigma_12 = (a^2/pi)(-pi) = -a^2 and Sigma_22 = pi^2 (s^2 + a^2).
        Assert.Equal(Math.PI * Math.PI * (size * size + divergence * divergence), result.Covariance.M22, Tolerance);
        Assert.Equal(-divergence * divergence, result.Covariance.M12, Tolerance);
    }

    [Fact]
    public void Zero_strength_quadrupole_is_a_drift()
    {
        var quadrupole = Quadrupole.Matrix(0.0, 0.122);
        var nearlyZero = Quadrupole.Matrix(1e-12, 0.122);

        Assert.Equal(Drift.Matrix(0.122), quadrupole);
        Assert.Equal(0.122, nearlyZero.M12, 1e-12);
        Assert.Equal(1.0, nearlyZero.M11, 1e-12);
    }

    [Theory]
    [InlineData(72.0)]
    [InlineData(-72.0)]
    [InlineData(3.7)]
    [InlineData(0.0)]
    public void Every_element_has_unit_determinant(double k1)
    {
        IBeamlineElement[] elements =
        [
            new Drift("D", 0.428),
            new Quadrupole("Q", 0.122, k1, TransverseOffset.None),
            new Quadrupole("Qm", 0.122, k1, new TransverseOffset(3e-4, -2e-4)),
            new Corrector("CH", 0.02, CorrectorPlane.Horizontal, 5e-3),
            new Corrector("CV", 0.02, CorrectorPlane.Vertical, -5e-3),
        ];

        foreach (var element in elements)
        {
            Assert.Equal(1.0, element.Horizontal.R.Determinant, 1e-12);
            Assert.Equal(1.0, element.Vertical.R.Determinant, 1e-12);
        }
        var (horizontal, vertical) = new Beamline(elements).Map();
        Assert.Equal(1.0, horizontal.R.Determinant, 1e-10);
        Assert.Equal(1.0, vertical.R.Determinant, 1e-10);
    }

    [Fact]
    public void Quadrupole_focuses_one_plane_and_defocuses_the_other()
    {
        var quadrupole = new Quadrupole("Q", 0.122, 20.0, TransverseOffset.None);

        Assert.True(quadrupole.Horizontal.R.M21 < 0);
        Assert.True(quadrupole.Vertical.R.M21 > 0);
        Assert.Equal(quadrupole.Horizontal.R, new Quadrupole("Q", 0.122, -20.0, TransverseOffset.None).Vertical.R);
    }

    [Fact]
    public void Corrector_kick_shifts_the_centroid_by_theta_times_the_distance_downstream()
    {
        // A thin kick theta at the corrector's centre moves the centroid by theta (Lc/2 + L) at a distance L after it.
        const double theta = 2e-3, correctorLength = 0.02, drift = 0.45;
        var line = new Beamline([new Corrector("CH", correctorLength, CorrectorPlane.Horizontal, theta), new Drift("D", drift)]);
        var off = new Beamline([new Corrector("CH", correctorLength, CorrectorPlane.Horizontal, 0.0), new Drift("D", drift)]);
        var beam = new Beam(BeamPlane.Uncorrelated(new PhaseVector(1e-4, 1e-5), 1e-4, 1e-5), BeamPlane.Uncorrelated(PhaseVector.Zero, 1e-4, 1e-5));

        var kicked = line.Track(beam);
        var straight = off.Track(beam);

        Assert.Equal(theta * (correctorLength / 2 + drift), kicked.Horizontal.Centroid.Position - straight.Horizontal.Centroid.Position, Tolerance);
        Assert.Equal(theta, kicked.Horizontal.Centroid.Angle - straight.Horizontal.Centroid.Angle, Tolerance);
        Assert.Equal(straight.Vertical, kicked.Vertical);
        Assert.Equal(straight.Horizontal.Covariance, kicked.Horizontal.Covariance);
    }

    [Fact]
    public void Zero_length_corrector_kick_shifts_the_centroid_by_theta_L()
    {
        const double theta = -3e-3, drift = 1.5;
        var line = new Beamline([new Corrector("CV", 0.0, CorrectorPlane.Vertical, theta), new Drift("D", drift)]);

        var beam = line.Track(new Beam(BeamPlane.Uncorrelated(PhaseVector.Zero, 1e-4, 0), BeamPlane.Uncorrelated(PhaseVector.Zero, 1e-4, 0)));

        Assert.Equal(theta * drift, beam.Vertical.Centroid.Position, Tolerance);
        Assert.Equal(0.0, beam.Horizontal.Centroid.Position, Tolerance);
    }

    [Fact]
    public void Misaligned_quadrupole_shifts_by_minus_d_before_and_plus_d_after()
    {
        // A beam on the axis of a quadrupole offset by d sees the quadrupole as if the beam were at -d:
        // x_out = R (0 - d) + d = d (1 - R11), x'_out = -R21 d.
        const double d = 4e-4;
        var aligned = Quadrupole.Matrix(30.0, 0.122);
        var misaligned = new Quadrupole("Q", 0.122, 30.0, new TransverseOffset(d, 0));

        var centroid = misaligned.Horizontal.Apply(PhaseVector.Zero);
        var onItsAxis = misaligned.Horizontal.Apply(new PhaseVector(d, 0));

        Assert.Equal(d * (1 - aligned.M11), centroid.Position, Tolerance);
        Assert.Equal(-aligned.M21 * d, centroid.Angle, Tolerance);
        Assert.Equal(d, onItsAxis.Position, Tolerance);
        Assert.Equal(0.0, onItsAxis.Angle, Tolerance);
        Assert.Equal(PhaseVector.Zero, misaligned.Vertical.Apply(PhaseVector.Zero));
    }

    [Fact]
    public void Composed_map_tracks_like_element_by_element()
    {
        var line = new Beamline(
        [
            new Drift("D1", 0.3),
            new Quadrupole("Q1", 0.122, 15.0, new TransverseOffset(1e-4, -3e-4)),
            new Corrector("CV", 0.02, CorrectorPlane.Vertical, 1e-3),
            new Drift("D2", 0.5),
        ]);
        var beam = new Beam(BeamPlane.Uncorrelated(new PhaseVector(2e-4, 1e-5), 1e-4, 2e-5), BeamPlane.Uncorrelated(new PhaseVector(-1e-4, 0), 2e-4, 1e-5));

        var tracked = line.Track(beam);
        var (horizontal, vertical) = line.Map();

        Assert.Equal(tracked.Horizontal.Centroid.Position, horizontal.Apply(beam.Horizontal.Centroid).Position, Tolerance);
        Assert.Equal(tracked.Vertical.Centroid.Position, vertical.Apply(beam.Vertical.Centroid).Position, Tolerance);
        Assert.Equal(tracked.Vertical.Covariance.M11, vertical.ApplyToCovariance(beam.Vertical.Covariance).M11, Tolerance);
    }
}
