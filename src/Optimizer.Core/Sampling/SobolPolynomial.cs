namespace Optimizer.Core.Sampling;

/// <summary>
/// One row of a Sobol direction-number table: a primitive polynomial of degree <paramref name="Degree"/> over GF(2),
/// its inner coefficients a_1..a_{s-1} packed as the bits of <paramref name="Coefficients"/> (a_1 the highest),
/// and the initial direction numbers m_1..m_s (odd, m_k &lt; 2^k).
/// </summary>
internal readonly record struct SobolPolynomial(int Degree, uint Coefficients, uint[] InitialNumbers)
{
    /// <summary>The identity row used for the first dimension: every direction number is m_k = 1.</summary>
    public static uint[] IdentityDirectionNumbers()
    {
        var v = new uint[SobolSequence.Bits];
        for (var k = 0; k < v.Length; k++)
            v[k] = 1u << (SobolSequence.Bits - 1 - k);
        return v;
    }

    /// <summary>Direction numbers v_1..v_32 as 32-bit fractions (v_k = m_k / 2^k, most significant bit first).</summary>
    public uint[] DirectionNumbers()
    {
        // Bratley & Fox 1988, Algorithm 659, eq. 2 (as in Joe & Kuo's sobol.cc):
        // v_k = a_1 v_{k-1} ^ ... ^ a_{s-1} v_{k-s+1} ^ v_{k-s} ^ (v_{k-s} >> s) for k > s.
        const int bits = SobolSequence.Bits;
        var s = Degree;
        var v = new uint[bits];
        for (var k = 0; k < Math.Min(s, bits); k++)
            v[k] = InitialNumbers[k] << (bits - 1 - k);
        for (var k = s; k < bits; k++)
        {
            var next = v[k - s] ^ (v[k - s] >> s);
            for (var i = 1; i < s; i++)
                if (((Coefficients >> (s - 1 - i)) & 1u) != 0)
                    next ^= v[k - i];
            v[k] = next;
        }
        return v;
    }
}
