using FsCheck.Xunit;
using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Space;

public class EncodingPropertyTests
{
    [Property(Arbitrary = [typeof(SpaceArbitraries)], MaxTest = 5000)]
    public void Round_trip_is_exact_for_integers_and_categoricals(SpaceSample sample)
    {
        var decoded = sample.Space.Decode(sample.Space.Encode(sample.Point));

        foreach (var parameter in sample.Space.Parameters.Where(p => p is not FloatParameter))
            Assert.Equal(sample.Point[parameter.Name], decoded[parameter.Name]);
    }

    // One coordinate in [0, 1] has fewer doubles than a float range (u near 1 is spaced 2^-53, i.e. (high - low) 2^-53
    // in value, coarser than the spacing of values nearer 0; log x is coarser than x once |log x| > 1), so neighbouring
    // values can share an encoding. The round trip returns a value with the very same encoding, as close as that allows.
    [Property(Arbitrary = [typeof(SpaceArbitraries)], MaxTest = 5000)]
    public void Round_trip_of_floats_keeps_the_encoding_exactly_and_the_value_to_within_its_resolution(SpaceSample sample)
    {
        var encoded = sample.Space.Encode(sample.Point);
        var decoded = sample.Space.Decode(encoded);

        Assert.Equal(encoded, sample.Space.Encode(decoded));
        foreach (var parameter in sample.Space.Parameters.OfType<FloatParameter>())
        {
            var expected = sample.Point[parameter.Name].Number;
            var tolerance = parameter.Log ? 1e-13 * expected : 4e-16 * (parameter.High - parameter.Low);
            Assert.InRange(Math.Abs(decoded[parameter.Name].Number - expected), 0.0, tolerance);
        }
    }

    [Property(Arbitrary = [typeof(SpaceArbitraries)], MaxTest = 5000)]
    public void Encodings_lie_in_the_unit_cube(SpaceSample sample)
    {
        var x = sample.Space.Encode(sample.Point);

        Assert.Equal(sample.Space.Dimension, x.Length);
        Assert.All(x, xi => Assert.InRange(xi, 0.0, 1.0));
    }

    [Property(Arbitrary = [typeof(SpaceArbitraries)], MaxTest = 1000)]
    public void Decoding_any_point_of_the_cube_gives_a_valid_point_that_canonicalizes_to_itself(SpaceSample sample, int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, sample.Space.Dimension).Select(_ => random.NextDouble()).ToArray();

        var decoded = sample.Space.Decode(x);
        var canonical = sample.Space.Canonicalize(x);

        Assert.Equal(canonical, sample.Space.Canonicalize(canonical));
        Assert.Equal(decoded.OrderBy(p => p.Key), sample.Space.Decode(canonical).OrderBy(p => p.Key));
    }
}
