using Ares.Optics;
using Ares.Tuning;

namespace Ares.Tests;

public class TuningTests
{
    private static readonly Beam PencilOnAxis =
        new(BeamPlane.Uncorrelated(PhaseVector.Zero, 1e-4, 1e-6), BeamPlane.Uncorrelated(PhaseVector.Zero, 1e-4, 1e-6));

    private static TuningTask TaskWith(Beam incoming, Misalignments misalignments) =>
        new(incoming, TransverseOffset.None, misalignments, new BeamParameters(0, 1e-4, 0, 1e-4));

    [Fact]
    public void Lattice_is_the_2_046_m_ARES_experimental_area_with_five_actuators_in_order()
    {
        var line = AresLattice.Build(new MagnetSettings(1, 2, 3e-3, 4, 5e-3), Misalignments.None);

        Assert.Equal(2.04604, line.Length, 1e-12);
        Assert.Equal(["Q1", "Q2", "CV", "Q3", "CH"], line.Elements.Where(e => e is not Drift).Select(e => e.Name));
    }

    [Fact]
    public void Horizontal_corrector_moves_the_beam_on_the_screen_by_theta_times_the_distance_to_it()
    {
        // CH's centre is 0.01 + 0.45 m from the screen, and every other magnet is off.
        const double theta = 4e-3;
        var machine = new AresMachine(TaskWith(PencilOnAxis, Misalignments.None), ScreenNoise.None);

        var reading = machine.ExactReading(MagnetSettings.Off with { ThetaCH = theta }, 0).Beam!;

        Assert.Equal(theta * 0.46, reading.MuX, 1e-12);
        Assert.Equal(0.0, reading.MuY, 1e-12);
    }

    [Fact]
    public void Beam_outside_the_aperture_is_not_measured_and_costs_the_off_screen_error_plus_its_distance()
    {
        // The horizontal half-aperture is 4.0634 mm and the beam enters at (3.9 mm, 0): a kick of 1 mrad at CH moves it
        // by 0.46 mm to 4.36 mm, 0.2966 mm outside; 2 mrad moves it to 4.82 mm, 0.7566 mm outside.
        var incoming = PencilOnAxis with { Horizontal = BeamPlane.Uncorrelated(new PhaseVector(3.9e-3, 0), 1e-4, 1e-6) };
        var machine = new AresMachine(TaskWith(incoming, Misalignments.None), ScreenNoise.Default);

        var inside = machine.ExactReading(MagnetSettings.Off, 0);
        var outside = machine.ExactReading(MagnetSettings.Off with { ThetaCH = 1e-3 }, 0);
        var further = machine.ExactReading(MagnetSettings.Off with { ThetaCH = 2e-3 }, 0);

        Assert.True(inside.OnScreen);
        Assert.False(outside.OnScreen);
        Assert.False(machine.Measure(MagnetSettings.Off with { ThetaCH = 1e-3 }, 0, new Random(1)).OnScreen);
        Assert.Equal(0.2966e-3, outside.DistanceOutside, 1e-7);
        Assert.Equal(AresMachine.OffScreenError + 0.2966e-3, machine.Error(outside), 1e-7);
        Assert.True(machine.Error(further) > machine.Error(outside));
        Assert.True(machine.Error(inside) < AresMachine.OffScreenError);
    }

    [Fact]
    public void Screen_aperture_is_the_ARES_camera_and_is_centred_on_the_misaligned_screen()
    {
        var screen = Screen.Ares(new TransverseOffset(0.5e-3, -0.5e-3));
        static Beam At(double x, double y) => new(BeamPlane.Uncorrelated(new PhaseVector(x, 0), 1e-4, 0), BeamPlane.Uncorrelated(new PhaseVector(y, 0), 2e-4, 0));

        Assert.Equal(4.0634e-3, screen.HalfWidth, 1e-7);
        Assert.Equal(2.4958e-3, screen.HalfHeight, 1e-7);
        Assert.Equal(new BeamParameters(-0.5e-3, 1e-4, 0.5e-3, 2e-4), screen.Read(At(0, 0)).Beam);
        Assert.True(screen.Read(At(4.5e-3, 0)).OnScreen);
        Assert.False(screen.Read(At(-3.8e-3, 0)).OnScreen);
        Assert.False(screen.Read(At(0, 2.2e-3)).OnScreen);
        Assert.True(screen.Read(At(0, -2.9e-3)).OnScreen);
    }

    [Fact]
    public void Incoming_beam_drifts_by_the_task_rate_per_step()
    {
        var task = TaskWith(PencilOnAxis, Misalignments.None) with { DriftPerStep = new TransverseOffset(1e-7, -2e-7) };
        var machine = new AresMachine(task, ScreenNoise.None);

        var first = machine.ExactReading(MagnetSettings.Off, 0).Beam!;
        var later = machine.ExactReading(MagnetSettings.Off, 150).Beam!;

        // Magnets off: the line is a 2.046 m drift, so a centroid offset carries unchanged to the screen.
        Assert.Equal(150 * 1e-7, later.MuX - first.MuX, 1e-15);
        Assert.Equal(150 * -2e-7, later.MuY - first.MuY, 1e-15);
        Assert.Equal(first.SigmaX, later.SigmaX);
    }

    [Fact]
    public void Measurement_noise_has_the_stated_spread_around_the_exact_reading()
    {
        var machine = new AresMachine(TaskWith(PencilOnAxis, Misalignments.None), ScreenNoise.Default);
        var exact = machine.ExactReading(MagnetSettings.Off, 0).Beam!;
        var random = new Random(5);

        var errors = Enumerable.Range(0, 20000).Select(_ => machine.Measure(MagnetSettings.Off, 0, random).Beam!.MuX - exact.MuX).ToArray();
        var mean = errors.Average();
        var std = Math.Sqrt(errors.Sum(e => (e - mean) * (e - mean)) / (errors.Length - 1));

        Assert.InRange(mean, -0.1e-6, 0.1e-6);
        Assert.InRange(std, 4.9e-6, 5.1e-6);
    }

    [Fact]
    public void Mean_absolute_error_averages_the_four_beam_parameters()
    {
        var reading = new BeamParameters(1e-3, 2e-4, -1e-3, 1e-4);
        var target = new BeamParameters(0, 1e-4, 0, 5e-4);

        // (1 mm + 0.1 mm + 1 mm + 0.4 mm) / 4 = 0.625 mm
        Assert.Equal(0.625e-3, reading.MeanAbsoluteError(target), 1e-15);
    }

    [Fact]
    public void Sampled_tasks_cover_and_stay_within_the_published_ranges()
    {
        var random = new Random(11);
        var tasks = Enumerable.Range(0, 2000).Select(_ => TaskDistribution.Sample(random)).ToArray();

        AssertCovers(tasks.Select(t => t.Target.MuX), -2e-3, 2e-3);
        AssertCovers(tasks.Select(t => t.Target.MuY), -2e-3, 2e-3);
        AssertCovers(tasks.Select(t => t.Target.SigmaX), 0, 2e-3);
        AssertCovers(tasks.Select(t => t.Target.SigmaY), 0, 2e-3);
        AssertCovers(tasks.Select(t => t.Incoming.Horizontal.Centroid.Position), -1e-3, 1e-3);
        AssertCovers(tasks.Select(t => t.Incoming.Vertical.Centroid.Angle), -0.1e-3, 0.1e-3);
        AssertCovers(tasks.Select(t => t.Incoming.Horizontal.Size), 10e-6, 500e-6);
        AssertCovers(tasks.Select(t => Math.Sqrt(t.Incoming.Vertical.Covariance.M22)), 1e-6, 50e-6);
        AssertCovers(tasks.Select(t => t.Misalignments.Q2.X), -0.5e-3, 0.5e-3);
        AssertCovers(tasks.Select(t => t.Misalignments.Screen.Y), -0.5e-3, 0.5e-3);
        AssertCovers(tasks.Select(t => t.DriftPerStep.X), -0.1e-6, 0.1e-6);
        Assert.All(tasks, t => Assert.Equal(0.0, t.Incoming.Horizontal.Covariance.M12));
    }

    [Fact]
    public void Settings_outside_the_magnet_limits_are_refused_with_the_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => MagnetSettings.FromValues([0, 0, 0.01, 0, 0]));

        Assert.Contains("theta_CV", error.Message);
        Assert.Equal(new MagnetSettings(72, -72, 6.1782e-3, 1, -6.1782e-3), MagnetSettings.FromValues([72, -72, 6.1782e-3, 1, -6.1782e-3]));
    }

    // Every value inside [low, high], and the extremes within 2% of the range of the ends (uniform draws fill the range).
    private static void AssertCovers(IEnumerable<double> values, double low, double high)
    {
        var all = values.ToArray();
        Assert.All(all, v => Assert.InRange(v, low, high));
        Assert.InRange(all.Min(), low, low + 0.02 * (high - low));
        Assert.InRange(all.Max(), high - 0.02 * (high - low), high);
    }
}
