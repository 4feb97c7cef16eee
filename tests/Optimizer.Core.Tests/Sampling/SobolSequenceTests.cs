using Optimizer.Core.Sampling;

namespace Optimizer.Core.Tests.Sampling;

public class SobolSequenceTests
{
    [Fact]
    public void First_points_in_three_dimensions_are_the_known_Sobol_points()
    {
        double[][] expected =
        [
            [0, 0, 0],
            [0.5, 0.5, 0.5],
            [0.75, 0.25, 0.25],
            [0.25, 0.75, 0.75],
            [0.375, 0.375, 0.625],
            [0.875, 0.875, 0.125],
            [0.625, 0.125, 0.875],
            [0.125, 0.625, 0.375],
            [0.1875, 0.3125, 0.9375],
            [0.6875, 0.8125, 0.4375],
        ];

        var points = new SobolSequence(3).Sample(expected.Length);

        Assert.Equal(expected, points);
    }

    [Fact]
    public void Direction_numbers_of_the_first_rows_match_the_Joe_Kuo_table()
    {
        Assert.Equal(new SobolPolynomial(1, 0, [1]), SobolDirectionNumbers.For(2), new PolynomialComparer());
        Assert.Equal(new SobolPolynomial(2, 1, [1, 3]), SobolDirectionNumbers.For(3), new PolynomialComparer());
        Assert.Equal(new SobolPolynomial(3, 1, [1, 3, 1]), SobolDirectionNumbers.For(4), new PolynomialComparer());
        Assert.Equal(new SobolPolynomial(3, 2, [1, 1, 1]), SobolDirectionNumbers.For(5), new PolynomialComparer());
        Assert.Equal(new SobolPolynomial(9, 62, [1, 1, 3, 13, 25, 47, 39, 87, 257]), SobolDirectionNumbers.For(64), new PolynomialComparer());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(SobolSequence.MaxDimension)]
    public void Every_coordinate_of_2_to_the_k_points_has_one_point_per_interval_of_width_2_to_the_minus_k(int dimension)
    {
        const int k = 10;
        var points = new SobolSequence(dimension).Sample(1 << k);

        StratificationAssert.OnePointPerInterval(points, 1 << k);
    }

    [Fact]
    public void A_later_block_of_2_to_the_k_points_is_stratified_too()
    {
        var sequence = new SobolSequence(16);
        sequence.Sample(256);

        StratificationAssert.OnePointPerInterval(sequence.Sample(256), 256);
    }

    [Fact]
    public void Point_at_an_index_equals_the_point_reached_by_stepping()
    {
        var stepped = new SobolSequence(7).Sample(300);
        var direct = new SobolSequence(7);

        for (var i = 0; i < stepped.Length; i++)
            Assert.Equal(stepped[i], direct.PointAt(i));
        Assert.Equal(0, direct.Position);
    }

    [Fact]
    public void Dimensions_outside_the_table_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(SobolSequence.MaxDimension + 1));
    }

    private sealed class PolynomialComparer : IEqualityComparer<SobolPolynomial>
    {
        public bool Equals(SobolPolynomial a, SobolPolynomial b) =>
            a.Degree == b.Degree && a.Coefficients == b.Coefficients && a.InitialNumbers.SequenceEqual(b.InitialNumbers);

        public int GetHashCode(SobolPolynomial p) => p.Degree;
    }
}
