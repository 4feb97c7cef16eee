using System.Numerics;

namespace Optimizer.Core.Sampling;

/// <summary>
/// The Sobol low-discrepancy sequence in [0, 1)^d with Joe and Kuo's direction numbers (generated ones beyond d = 128,
/// see <see cref="SobolDirectionNumbers"/>)
/// (I. M. Sobol', USSR Comput. Math. Math. Phys. 7, 1967; S. Joe and F. Y. Kuo, SIAM J. Sci. Comput. 30, 2008),
/// 32-bit digits in Gray-code order (Antonov and Saleev, 1979). The first point is the origin;
/// any 2^k consecutive points starting at a multiple of 2^k put one point in each interval of width 2^-k of every coordinate.
/// </summary>
public class SobolSequence
{
    /// <summary>Binary digits per coordinate; the sequence has 2^32 points.</summary>
    public const int Bits = 32;

    /// <summary>The largest supported dimension.</summary>
    public const int MaxDimension = SobolDirectionNumbers.MaxDimension;

    /// <summary>Number of points in the sequence.</summary>
    public const long Length = 1L << Bits;

    private const double Scale = 1.0 / Length;

    // _directions[j][k]: direction number v_{k+1} of coordinate j; _shift[j]: digital shift (zero when unscrambled).
    private readonly uint[][] _directions;
    private readonly uint[] _shift;
    private readonly uint[] _current;

    /// <summary>The unscrambled sequence in <paramref name="dimension"/> dimensions (1 to <see cref="MaxDimension"/>).</summary>
    public SobolSequence(int dimension)
        : this(UnscrambledDirections(dimension), new uint[dimension])
    {
    }

    private protected SobolSequence(uint[][] directions, uint[] shift)
    {
        _directions = directions;
        _shift = shift;
        _current = (uint[])shift.Clone();
    }

    /// <summary>Number of coordinates of each point.</summary>
    public int Dimension => _shift.Length;

    /// <summary>Index of the point the next call to <see cref="Next"/> returns.</summary>
    public long Position { get; private set; }

    /// <summary>Returns the point at <see cref="Position"/> (length d) and advances by one.</summary>
    public double[] Next()
    {
        if (Position >= Length)
            throw new InvalidOperationException($"the Sobol sequence has only 2^{Bits} points");
        var point = ToUnitInterval(_current);
        Position++;
        if (Position < Length)
        {
            // Gray code: point n+1 differs from point n by the direction number of the lowest set bit of n+1.
            var k = BitOperations.TrailingZeroCount(Position);
            for (var j = 0; j < _current.Length; j++)
                _current[j] ^= _directions[j][k];
        }
        return point;
    }

    /// <summary>The next <paramref name="n"/> points (n x d), as <paramref name="n"/> calls to <see cref="Next"/>.</summary>
    public double[][] Sample(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var points = new double[n][];
        for (var i = 0; i < n; i++)
            points[i] = Next();
        return points;
    }

    /// <summary>The point with index <paramref name="index"/> (0 to 2^32 - 1), without moving <see cref="Position"/>.</summary>
    public double[] PointAt(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
        var gray = (uint)(index ^ (index >> 1));
        var digits = (uint[])_shift.Clone();
        for (var k = 0; gray != 0; k++, gray >>= 1)
        {
            if ((gray & 1u) == 0) continue;
            for (var j = 0; j < digits.Length; j++)
                digits[j] ^= _directions[j][k];
        }
        return ToUnitInterval(digits);
    }

    private protected static uint[][] UnscrambledDirections(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimension, MaxDimension);
        var rows = SobolDirectionNumbers.Through(dimension);
        var directions = new uint[dimension][];
        directions[0] = SobolPolynomial.IdentityDirectionNumbers();
        for (var j = 1; j < dimension; j++)
            directions[j] = rows[j - 1].DirectionNumbers();
        return directions;
    }

    private static double[] ToUnitInterval(uint[] digits)
    {
        var point = new double[digits.Length];
        for (var j = 0; j < digits.Length; j++)
            point[j] = digits[j] * Scale;
        return point;
    }
}
