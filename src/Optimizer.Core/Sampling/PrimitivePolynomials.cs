namespace Optimizer.Core.Sampling;

/// <summary>
/// The primitive polynomials over GF(2), x^s + a_1 x^(s-1) + ... + a_(s-1) x + 1, in the order of Joe and Kuo's table
/// (by degree s, then by the inner coefficients read as a binary number with a_1 the highest bit).
/// A polynomial of degree s is primitive when x has multiplicative order 2^s - 1 modulo it
/// (R. Lidl and H. Niederreiter, "Finite Fields", 1997, Theorem 3.16).
/// </summary>
internal static class PrimitivePolynomials
{
    /// <summary>The largest degree of Joe and Kuo's full table: 21,200 primitive polynomials of degree 1 to 18.</summary>
    public const int MaxDegree = 18;

    /// <summary>(degree, inner coefficients) of every primitive polynomial of degree 1 to <paramref name="maxDegree"/> (at most 31), lazily, in table order.</summary>
    public static IEnumerable<(int Degree, uint Coefficients)> InTableOrder(int maxDegree)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDegree, 31);
        for (var s = 1; s <= maxDegree; s++)
        {
            var order = (1UL << s) - 1;
            var cofactors = PrimeFactors(order).Select(q => order / q).ToArray();
            for (var a = 0u; a < 1u << (s - 1); a++)
            {
                var modulus = (1UL << s) | ((ulong)a << 1) | 1UL;
                if (PowerOfX(order, modulus, s) == 1 && cofactors.All(e => PowerOfX(e, modulus, s) != 1))
                    yield return (s, a);
            }
        }
    }

    // x^e modulo the polynomial (bit i = coefficient of x^i), by square-and-multiply.
    private static ulong PowerOfX(ulong e, ulong modulus, int degree)
    {
        var result = 1UL;
        var square = degree == 1 ? Reduce(2UL, modulus, degree) : 2UL;
        for (; e != 0; e >>= 1)
        {
            if ((e & 1) != 0)
                result = MultiplyMod(result, square, modulus, degree);
            square = MultiplyMod(square, square, modulus, degree);
        }
        return result;
    }

    // Carry-less product of two residues (degree < s), reduced modulo the polynomial of degree s.
    private static ulong MultiplyMod(ulong a, ulong b, ulong modulus, int degree)
    {
        var product = 0UL;
        for (; b != 0; b >>= 1, a <<= 1)
            if ((b & 1) != 0)
                product ^= a;
        return Reduce(product, modulus, degree);
    }

    private static ulong Reduce(ulong value, ulong modulus, int degree)
    {
        for (var bit = 2 * degree; bit >= degree; bit--)
            if ((value >> bit & 1) != 0)
                value ^= modulus << (bit - degree);
        return value;
    }

    private static IEnumerable<ulong> PrimeFactors(ulong n)
    {
        for (var p = 2UL; p * p <= n; p++)
        {
            if (n % p != 0) continue;
            yield return p;
            while (n % p == 0) n /= p;
        }
        if (n > 1) yield return n;
    }
}
