using Optimizer.Core.Sampling;

namespace Optimizer.Core.Tests.Sampling;

public class ScrambledSobolTests
{
    [Fact]
    public void Same_seed_gives_the_same_sequence()
    {
        Assert.Equal(new ScrambledSobol(6, seed: 42).Sample(100), new ScrambledSobol(6, seed: 42).Sample(100));
    }

    [Fact]
    public void Different_seeds_give_different_sequences()
    {
        var a = new ScrambledSobol(6, seed: 1).Sample(8);
        var b = new ScrambledSobol(6, seed: 2).Sample(8);

        for (var i = 0; i < a.Length; i++)
            Assert.NotEqual(a[i], b[i]);
    }

    [Fact]
    public void Scrambled_points_are_not_the_plain_Sobol_points()
    {
        Assert.NotEqual(new SobolSequence(3).Sample(4), new ScrambledSobol(3, seed: 7).Sample(4));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(123)]
    [InlineData(-5)]
    public void Scrambling_keeps_one_point_per_interval_of_width_2_to_the_minus_k(int seed)
    {
        StratificationAssert.OnePointPerInterval(new ScrambledSobol(300, seed).Sample(512), 512);
    }

    [Fact]
    public void Beyond_the_table_pairs_of_coordinates_are_spread_more_evenly_than_independent_uniform_points()
    {
        // 256 points in 260 dimensions (a categorical of 200 choices and 60 numbers), counted on an 8 x 8 grid of each
        // pair of adjacent coordinates: chi-square against 4 per cell, which independent points put near 63 on average.
        const int dimension = 260;
        const int n = 256;
        var sobol = new ScrambledSobol(dimension, seed: 5).Sample(n);
        var random = new Random(5);
        var uniform = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, dimension).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var pairs = Enumerable.Range(SobolDirectionNumbers.TableDimension, dimension - SobolDirectionNumbers.TableDimension - 1)
            .Select(j => (j, j + 1)).ToArray();

        var sobolChiSquare = pairs.Average(p => GridChiSquare(sobol, p, 8));
        var uniformChiSquare = pairs.Average(p => GridChiSquare(uniform, p, 8));

        Assert.InRange(uniformChiSquare, 58, 68);
        Assert.True(sobolChiSquare < 0.9 * uniformChiSquare, $"mean chi-square {sobolChiSquare:F1} vs {uniformChiSquare:F1} for independent points");
    }

    [Fact]
    public void Point_at_an_index_equals_the_point_reached_by_stepping()
    {
        var stepped = new ScrambledSobol(4, seed: 3).Sample(70);
        var direct = new ScrambledSobol(4, seed: 3);

        for (var i = 0; i < stepped.Length; i++)
            Assert.Equal(stepped[i], direct.PointAt(i));
    }

    [Fact]
    public void Beyond_the_table_the_centered_discrepancy_is_below_that_of_independent_uniform_points()
    {
        const int dimension = 260;
        const int n = 512;
        var random = new Random(9);
        var uniform = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, dimension).Select(_ => random.NextDouble()).ToArray()).ToArray();
        // The coordinates beyond Joe and Kuo's table only: the generated direction numbers.
        double[][] Generated(double[][] points) => points.Select(p => p[SobolDirectionNumbers.TableDimension..]).ToArray();

        var sobol = CenteredDiscrepancySquared(Generated(new ScrambledSobol(dimension, seed: 9).Sample(n)));
        var independent = CenteredDiscrepancySquared(Generated(uniform));

        Assert.True(sobol < independent, $"CD^2 Sobol {sobol:G4} vs uniform {independent:G4}");
    }

    [Fact]
    public void Coordinates_average_one_half()
    {
        var points = new ScrambledSobol(10, seed: 11).Sample(4096);

        for (var j = 0; j < 10; j++)
            Assert.InRange(points.Average(p => p[j]), 0.499, 0.501);
    }

    private static double GridChiSquare(double[][] points, (int A, int B) pair, int cells)
    {
        var counts = new int[cells * cells];
        foreach (var p in points)
            counts[(int)(p[pair.A] * cells) * cells + (int)(p[pair.B] * cells)]++;
        var expected = points.Length / (double)counts.Length;
        return counts.Sum(c => (c - expected) * (c - expected) / expected);
    }

    // Hickernell, "A generalized discrepancy and quadrature error bound", Math. Comp. 67 (1998), eq. 5.1c: centered L2 discrepancy.
    private static double CenteredDiscrepancySquared(double[][] x)
    {
        var (n, d) = (x.Length, x[0].Length);
        var single = 0.0;
        foreach (var p in x)
        {
            var product = 1.0;
            for (var k = 0; k < d; k++)
            {
                var c = Math.Abs(p[k] - 0.5);
                product *= 1 + 0.5 * c - 0.5 * c * c;
            }
            single += product;
        }
        var pairs = 0.0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                var product = 1.0;
                for (var k = 0; k < d; k++)
                {
                    var (a, b) = (Math.Abs(x[i][k] - 0.5), Math.Abs(x[j][k] - 0.5));
                    product *= 1 + 0.5 * a + 0.5 * b - 0.5 * Math.Abs(x[i][k] - x[j][k]);
                }
                pairs += product;
            }
        return Math.Pow(13.0 / 12, d) - 2.0 / n * single + pairs / ((double)n * n);
    }
}
