namespace Optimizer.Core.Sampling;

/// <summary>
/// A randomized Sobol sequence: each coordinate's direction numbers pass through a random lower-triangular binary matrix
/// with unit diagonal, and a random digital shift is added (linear matrix scramble with digital shift,
/// J. Matoušek, "On the L2-discrepancy for anchored boxes", J. Complexity 14, 1998), as scipy.stats.qmc.Sobol does.
/// Each point is uniform on [0, 1)^d, the stratification of the Sobol sequence is kept, and the same seed gives the same sequence.
/// </summary>
public sealed class ScrambledSobol : SobolSequence
{
    /// <summary>The scrambled sequence in <paramref name="dimension"/> dimensions (1 to <see cref="SobolSequence.MaxDimension"/>).</summary>
    public ScrambledSobol(int dimension, int seed)
        : this(UnscrambledDirections(dimension), new Random(seed))
    {
        Seed = seed;
    }

    private ScrambledSobol(uint[][] directions, Random random)
        : base(ScrambleDirections(directions, random), RandomShift(directions.Length, random))
    {
    }

    /// <summary>The seed the scramble was drawn from.</summary>
    public int Seed { get; }

    // Matoušek 1998, sec. 3: digit vector y = L x with L lower unit-triangular over GF(2) (digit 1 the most significant bit).
    // Scrambling is linear, so it applies to the direction numbers and the Gray-code recursion stays valid.
    private static uint[][] ScrambleDirections(uint[][] directions, Random random)
    {
        const int bits = SobolSequence.Bits;
        foreach (var v in directions)
        {
            // rows[i]: bit mask of the digits that output digit i sums: itself and random more significant ones.
            var rows = new uint[bits];
            for (var i = 0; i < bits; i++)
            {
                var self = 1u << (bits - 1 - i);
                var above = i == 0 ? 0u : ~((1u << (bits - i)) - 1u);
                rows[i] = self | ((uint)random.NextInt64(1L << bits) & above);
            }
            for (var k = 0; k < bits; k++)
            {
                var scrambled = 0u;
                for (var i = 0; i < bits; i++)
                    if ((uint.PopCount(rows[i] & v[k]) & 1u) != 0)
                        scrambled |= 1u << (bits - 1 - i);
                v[k] = scrambled;
            }
        }
        return directions;
    }

    private static uint[] RandomShift(int dimension, Random random)
    {
        var shift = new uint[dimension];
        for (var j = 0; j < dimension; j++)
            shift[j] = (uint)random.NextInt64(1L << SobolSequence.Bits);
        return shift;
    }
}
