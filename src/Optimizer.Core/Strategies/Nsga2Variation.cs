namespace Optimizer.Core.Strategies;

/// <summary>
/// The variation operators of NSGA-II on the unit cube: simulated binary crossover (Deb and Agrawal, "Simulated binary
/// crossover for continuous search space", Complex Systems 9, 1995) and polynomial mutation (Deb and Goyal, "A combined
/// genetic adaptive search (GeneAS) for engineering design", 1996), both in the bounded form of Deb's NSGA-II code.
/// </summary>
internal static class Nsga2Variation
{
    /// <summary>Probability that a pair of parents is crossed at all (Deb et al. 2002, sec. V).</summary>
    public const double CrossoverProbability = 0.9;

    /// <summary>Distribution index of SBX: larger keeps children nearer their parents (pymoo's default).</summary>
    public const double CrossoverIndex = 15;

    /// <summary>Distribution index of polynomial mutation (Deb et al. 2002, sec. V).</summary>
    public const double MutationIndex = 20;

    // Parents closer than this in a coordinate are not crossed there: the spread factor would divide by ~0.
    private const double MinimumGap = 1e-14;

    /// <summary>Two children of parents <paramref name="a"/> and <paramref name="b"/> (length d, in [0, 1]^d).</summary>
    public static (double[] First, double[] Second) Crossover(double[] a, double[] b, Random random)
    {
        var first = (double[])a.Clone();
        var second = (double[])b.Clone();
        if (random.NextDouble() >= CrossoverProbability) return (first, second);
        for (var i = 0; i < a.Length; i++)
        {
            if (random.NextDouble() >= 0.5 || Math.Abs(a[i] - b[i]) <= MinimumGap) continue;
            var low = Math.Min(a[i], b[i]);
            var high = Math.Max(a[i], b[i]);
            var u = random.NextDouble();
            // Deb and Agrawal 1995, with the spread factor's distribution truncated so children stay within [0, 1].
            var c1 = 0.5 * (low + high - SpreadFactor(1 + 2 * low / (high - low), u) * (high - low));
            var c2 = 0.5 * (low + high + SpreadFactor(1 + 2 * (1 - high) / (high - low), u) * (high - low));
            c1 = Math.Clamp(c1, 0.0, 1.0);
            c2 = Math.Clamp(c2, 0.0, 1.0);
            (first[i], second[i]) = random.NextDouble() < 0.5 ? (c2, c1) : (c1, c2);
        }
        return (first, second);
    }

    /// <summary>Mutates each coordinate of <paramref name="x"/> (in [0, 1]) with probability <paramref name="rate"/>, in place.</summary>
    public static void Mutate(double[] x, double rate, Random random)
    {
        const double power = 1 / (MutationIndex + 1);
        for (var i = 0; i < x.Length; i++)
        {
            if (random.NextDouble() >= rate) continue;
            var u = random.NextDouble();
            // Deb and Goyal 1996, bounded: the perturbation's distribution is scaled by the distance to the nearer bound.
            double shift;
            if (u < 0.5)
            {
                var value = 2 * u + (1 - 2 * u) * Math.Pow(x[i], MutationIndex + 1);
                shift = Math.Pow(value, power) - 1;
            }
            else
            {
                var value = 2 * (1 - u) + 2 * (u - 0.5) * Math.Pow(1 - x[i], MutationIndex + 1);
                shift = 1 - Math.Pow(value, power);
            }
            x[i] = Math.Clamp(x[i] + shift, 0.0, 1.0);
        }
    }

    // β_q of bounded SBX for the spread limit β (distance to the bound over the parents' gap) and uniform u.
    private static double SpreadFactor(double beta, double u)
    {
        var alpha = 2 - Math.Pow(beta, -(CrossoverIndex + 1));
        return u <= 1 / alpha
            ? Math.Pow(u * alpha, 1 / (CrossoverIndex + 1))
            : Math.Pow(1 / (2 - u * alpha), 1 / (CrossoverIndex + 1));
    }
}
