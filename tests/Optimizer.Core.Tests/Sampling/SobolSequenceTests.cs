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
        var rows = SobolDirectionNumbers.Through(64);

        Assert.Equal(63, rows.Count);
        Assert.Equal(new SobolPolynomial(1, 0, [1]), rows[0], new PolynomialComparer());
        Assert.Equal(new SobolPolynomial(2, 1, [1, 3]), rows[1], new PolynomialComparer());
        Assert.Equal(new SobolPolynomial(3, 1, [1, 3, 1]), rows[2], new PolynomialComparer());
        Assert.Equal(new SobolPolynomial(3, 2, [1, 1, 1]), rows[3], new PolynomialComparer());
        Assert.Equal(new SobolPolynomial(9, 62, [1, 1, 3, 13, 25, 47, 39, 87, 257]), rows[62], new PolynomialComparer());
    }

    [Fact]
    public void Enumerated_primitive_polynomials_are_the_polynomials_of_the_Joe_Kuo_table_in_its_order()
    {
        var table = SobolDirectionNumbers.Through(SobolDirectionNumbers.TableDimension).Select(r => (r.Degree, r.Coefficients));

        var enumerated = PrimitivePolynomials.InTableOrder(10).Take(SobolDirectionNumbers.TableDimension - 1);

        Assert.Equal(table, enumerated);
    }

    [Fact]
    public void Number_of_primitive_polynomials_of_each_degree_is_euler_phi_of_2_to_the_s_minus_1_over_s()
    {
        // Lidl and Niederreiter, Theorem 3.5: phi(2^s - 1) / s primitive polynomials of degree s over GF(2).
        int[] expected = [1, 1, 2, 2, 6, 6, 18, 16, 48, 60, 176, 144];

        var counts = PrimitivePolynomials.InTableOrder(12).CountBy(p => p.Degree).OrderBy(c => c.Key).Select(c => c.Value);

        Assert.Equal(expected, counts);
    }

    [Fact]
    public void Generated_rows_beyond_the_table_have_odd_initial_numbers_below_2_to_the_k_and_distinct_polynomials()
    {
        var rows = SobolDirectionNumbers.Through(1000);

        Assert.Equal(999, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => (r.Degree, r.Coefficients)).Distinct().Count());
        Assert.All(rows, r => Assert.All(r.InitialNumbers.Select((m, i) => (m, k: i + 1)), e =>
        {
            Assert.Equal(1u, e.m & 1u);
            Assert.True(e.m < 1u << e.k, $"m_{e.k} = {e.m}");
        }));
        Assert.Equal(rows, SobolDirectionNumbers.Through(1000), new PolynomialComparer());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(SobolDirectionNumbers.TableDimension)]
    [InlineData(300)]
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
