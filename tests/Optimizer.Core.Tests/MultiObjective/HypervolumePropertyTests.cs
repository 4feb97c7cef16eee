using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Optimizer.Core.MultiObjective;

namespace Optimizer.Core.Tests.MultiObjective;

public sealed class HypervolumePropertyTests
{
    // 2 to 5 objectives, 1 to 30 points, half the sets on a coarse grid so ties and duplicates occur.
    private static (List<double[]> Points, double[] Reference, Random Random) RandomSet(int seed)
    {
        var random = new Random(seed);
        var m = 2 + random.Next(4);
        var points = RandomPointSets.Uniform(random, 1 + random.Next(30), m, onGrid: random.Next(2) == 0);
        return (points, new double[m], random);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1.0, Math.Abs(b));

    [Property(MaxTest = 200)]
    public Property Adding_a_dominated_point_never_changes_the_hypervolume(PositiveInt seed)
    {
        var (points, reference, random) = RandomSet(seed.Get);
        var parent = points[random.Next(points.Count)];
        var dominated = parent.Select(v => random.Next(3) == 0 ? v : v - random.NextDouble() * 0.5).ToArray();

        var before = Hypervolume.Compute(points, reference);
        var after = Hypervolume.Compute([.. points, dominated], reference);

        return Close(after, before).Label($"{before} -> {after}");
    }

    [Property(MaxTest = 200)]
    public Property Adding_a_non_dominated_point_never_lowers_the_hypervolume(PositiveInt seed)
    {
        var (points, reference, random) = RandomSet(seed.Get);
        var candidate = RandomPointSets.Uniform(random, 1, reference.Length)[0];
        if (points.Any(p => Dominance.Dominates(p, candidate)))
            candidate = candidate.Select(v => v + 1.0).ToArray();

        var before = Hypervolume.Compute(points, reference);
        var after = Hypervolume.Compute([.. points, candidate], reference);

        return (after >= before - 1e-12 * Math.Max(1.0, before)).Label($"{before} -> {after}");
    }

    [Property(MaxTest = 200)]
    public Property Hypervolume_is_invariant_to_point_order(PositiveInt seed)
    {
        var (points, reference, random) = RandomSet(seed.Get);
        var shuffled = points.ToArray();
        random.Shuffle(shuffled);

        return Close(Hypervolume.Compute(shuffled, reference), Hypervolume.Compute(points, reference)).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property First_front_is_mutually_non_dominated_and_dominates_every_other_point(PositiveInt seed)
    {
        var (points, _, _) = RandomSet(seed.Get);

        var fronts = NonDominatedSorting.Sort(points);
        var first = fronts[0];

        var mutual = first.All(a => first.All(b => !Dominance.Dominates(points[a], points[b])));
        var covered = Enumerable.Range(0, points.Count)
            .All(i => first.Contains(i) || first.Any(f => Dominance.Dominates(points[f], points[i])));
        var partition = fronts.SelectMany(f => f).Order().SequenceEqual(Enumerable.Range(0, points.Count));
        var layered = fronts.Zip(fronts.Skip(1))
            .All(pair => pair.Second.All(i => pair.First.Any(f => Dominance.Dominates(points[f], points[i]))));
        return (mutual && covered && partition && layered).ToProperty();
    }
}
