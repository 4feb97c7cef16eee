using Ares.Compare;
using Ares.Optics;
using Ares.Tuning;

namespace Ares.Tests;

public class ComparisonTests
{
    [Fact]
    public void Bounded_Nelder_Mead_finds_a_quadratic_minimum_inside_the_cube_within_its_budget()
    {
        var points = new List<double[]>();
        double Quadratic(double[] x)
        {
            points.Add(x);
            return Math.Pow(x[0] - 0.3, 2) + Math.Pow(x[1] - 0.8, 2) + Math.Pow(x[2] - 0.5, 2);
        }

        new BoundedNelderMead(Quadratic, 200).Minimize([0.5, 0.5, 0.5], 0.1);

        Assert.Equal(200, points.Count);
        Assert.All(points, x => Assert.All(x, v => Assert.InRange(v, 0.0, 1.0)));
        Assert.True(points.Min(x => Math.Pow(x[0] - 0.3, 2) + Math.Pow(x[1] - 0.8, 2) + Math.Pow(x[2] - 0.5, 2)) < 1e-6);
    }

    [Fact]
    public void Bounded_Nelder_Mead_stops_at_a_minimum_on_the_boundary()
    {
        var best = double.PositiveInfinity;
        double Shifted(double[] x)
        {
            var value = Math.Pow(x[0] + 1, 2) + Math.Pow(x[1] - 0.5, 2);
            best = Math.Min(best, value);
            return value;
        }

        new BoundedNelderMead(Shifted, 150).Minimize([0.5, 0.5], 0.2);

        Assert.Equal(1.0, best, 1e-4);  // (0 + 1)^2 at x = (0, 0.5)
    }

    [Fact]
    public void Medians_count_never_reached_tasks_as_beyond_the_budget()
    {
        EpisodeResult Episode(int task, int? steps) => new("A", task, 1e-5 * (task + 1), 2e-5 * (task + 1), steps, 1.0);

        var mostlyReached = AlgorithmSummary.Of("A", [Episode(0, 40), Episode(1, null), Episode(2, 10), Episode(3, 90)]);
        var mostlyNever = AlgorithmSummary.Of("A", [Episode(0, 40), Episode(1, null), Episode(2, null), Episode(3, null)]);

        Assert.Equal(40, mostlyReached.MedianStepsToThreshold);
        Assert.Equal(1, mostlyReached.NeverReached);
        Assert.Equal(25.0, mostlyReached.MedianBestObservedUm, 1e-9);   // (20 + 30) / 2
        Assert.Equal(50.0, mostlyReached.MedianTrueErrorOfBestUm, 1e-9);
        Assert.Null(mostlyNever.MedianStepsToThreshold);
    }

    [Fact]
    public void Episode_charges_one_step_per_evaluation_and_reports_the_first_step_under_the_threshold()
    {
        var incoming = new Beam(BeamPlane.Uncorrelated(PhaseVector.Zero, 1e-4, 1e-6), BeamPlane.Uncorrelated(PhaseVector.Zero, 1e-4, 1e-6));
        var reachable = new TuningTask(incoming, TransverseOffset.None, Misalignments.None, new BeamParameters(0, 1e-4, 0, 1e-4));
        var episode = new TuningEpisode(new AresMachine(reachable, ScreenNoise.None), 3, 1);

        episode.Evaluate(MagnetSettings.Off with { ThetaCH = 1e-3 });
        episode.Evaluate(MagnetSettings.Off);
        episode.Evaluate(MagnetSettings.Off with { ThetaCV = 1e-3 });
        var result = episode.Result("A", 0, 20e-6, TimeSpan.Zero);

        Assert.True(episode.Exhausted);
        Assert.Throws<InvalidOperationException>(() => episode.Evaluate(MagnetSettings.Off));
        Assert.Equal(2, result.StepsToThreshold);
        Assert.True(result.TrueErrorOfBest < 1e-6);
    }
}
