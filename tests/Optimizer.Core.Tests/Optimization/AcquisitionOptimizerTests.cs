using Optimizer.Core.Acquisition;
using Optimizer.Core.Optimization;
using Optimizer.Core.Space;
using Optimizer.Core.Tests.Strategies;

namespace Optimizer.Core.Tests.Optimization;

public sealed class AcquisitionOptimizerTests
{
    private static readonly SearchSpace Space = new([new FloatParameter("u", 0, 1), new CategoricalParameter("choice", ["a", "b", "c"])]);

    // Broad bumps of height 1 for a and b; a narrow peak of height 2 for c that raw samples almost never hit.
    private sealed class NarrowPeakAcquisition : IAcquisition
    {
        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            var u = x[0];
            var choice = Space.Parameters[1].Decode(x[1..]).Choice;
            var (height, centre, width) = choice switch { "a" => (1.0, 0.5, 1.0), "b" => (1.0, 0.3, 1.0), _ => (2.0, 0.97, 1e5) };
            if (!gradient.IsEmpty)
            {
                gradient.Clear();
                gradient[0] = -2 * width * (u - centre);
            }
            return height - width * (u - centre) * (u - centre);
        }
    }

    [Fact]
    public void Every_combination_of_a_small_categorical_space_is_refined()
    {
        var optimizer = new AcquisitionOptimizer(Space, new AcquisitionOptimizerOptions(RawSamples: 64, Restarts: 2, MaxIterations: 50));

        var best = optimizer.Maximize(new NarrowPeakAcquisition(), [], new TakenPoints(Space), seed: 3)!;

        var point = Space.Decode(best);
        Assert.Equal("c", point["choice"].Choice);
        Assert.Equal(0.97, point["u"].Number, 3);
    }

    [Fact]
    public void An_excluded_point_is_never_returned()
    {
        var optimizer = new AcquisitionOptimizer(Space, new AcquisitionOptimizerOptions(RawSamples: 64, Restarts: 2, MaxIterations: 50));
        var peak = Space.Encode(new Dictionary<string, ParameterValue> { ["u"] = ParameterValue.Of(0.97), ["choice"] = ParameterValue.Of("c") });
        var taken = new TakenPoints(Space);
        var first = optimizer.Maximize(new NarrowPeakAcquisition(), [], taken, seed: 3)!;
        taken.Add(first);

        var second = optimizer.Maximize(new NarrowPeakAcquisition(), [], taken, seed: 3)!;

        Assert.NotEqual(Space.Decode(first), Space.Decode(second), new AssignmentComparer());
        Assert.Equal(peak.Length, second.Length);
    }

    [Fact]
    public void With_a_region_the_maximum_is_searched_inside_it()
    {
        // Choice c's peak at u = 0.97 lies outside u in [0.4, 0.6]; inside, the best is a's bump at its top 0.5 (b's peaks at 0.3).
        var region = new EncodedBox([0.4, 0.0, 0.0, 0.0], [0.6, 1.0, 1.0, 1.0]);
        var optimizer = new AcquisitionOptimizer(Space, new AcquisitionOptimizerOptions(RawSamples: 64, Restarts: 2, MaxIterations: 50), region);

        var best = optimizer.Maximize(new NarrowPeakAcquisition(), [Space.Encode(new Dictionary<string, ParameterValue> { ["u"] = ParameterValue.Of(0.97), ["choice"] = ParameterValue.Of("c") })], new TakenPoints(Space), seed: 3)!;

        var point = Space.Decode(best);
        Assert.Equal("a", point["choice"].Choice);
        Assert.Equal(0.5, point["u"].Number, 3);
    }
}
