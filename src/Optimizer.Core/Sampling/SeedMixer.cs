namespace Optimizer.Core.Sampling;

/// <summary>
/// Derives independent-looking seeds from a seed and a stream number, the same in every process
/// (unlike <see cref="HashCode"/> and string hashes, which are randomized per process).
/// </summary>
internal static class SeedMixer
{
    /// <summary>A 31-bit non-negative seed from (<paramref name="seed"/>, <paramref name="stream"/>).</summary>
    public static int Mix(int seed, long stream)
    {
        // SplitMix64 finalizer (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014).
        var z = ((ulong)(uint)seed << 32) ^ (ulong)stream;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z >> 33);
    }
}
