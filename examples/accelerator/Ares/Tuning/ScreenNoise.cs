namespace Ares.Tuning;

/// <summary>
/// Gaussian measurement noise on each reported beam parameter, standard deviation <paramref name="StandardDeviation"/> [m].
/// An estimate: the default 5 um is about 1.5 pixels of the ARES screen; sizes are kept non-negative.
/// </summary>
public sealed record ScreenNoise(double StandardDeviation)
{
    public static ScreenNoise Default => new(5e-6);

    public static ScreenNoise None => new(0);

    public BeamParameters Apply(BeamParameters exact, Random random) => new(
        exact.MuX + Normal(random),
        Math.Abs(exact.SigmaX + Normal(random)),
        exact.MuY + Normal(random),
        Math.Abs(exact.SigmaY + Normal(random)));

    // Box-Muller transform; 1 - U keeps the logarithm finite.
    private double Normal(Random random) =>
        StandardDeviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
