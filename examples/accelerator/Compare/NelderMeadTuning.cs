using Ares.Tuning;

namespace Ares.Compare;

/// <summary>
/// The Nelder-Mead baseline: a bounded simplex search over the magnet ranges scaled to [0, 1], started with the magnets
/// off (the centre of every range) and an initial simplex edge of a tenth of each range.
/// </summary>
internal sealed class NelderMeadTuning : ITuningAlgorithm
{
    private const double InitialStep = 0.1;

    public string Name => "Nelder-Mead";

    public void Run(TuningEpisode episode, int seed)
    {
        var start = Enumerable.Repeat(0.5, MagnetSettings.Names.Count).ToArray();
        new BoundedNelderMead(u => episode.Evaluate(FromUnitCube(u)), episode.Steps).Minimize(start, InitialStep);
    }

    private static MagnetSettings FromUnitCube(double[] u) =>
        MagnetSettings.FromValues(u.Select((v, i) => Math.Clamp(MagnetSettings.Lower[i] + v * (MagnetSettings.Upper[i] - MagnetSettings.Lower[i]), MagnetSettings.Lower[i], MagnetSettings.Upper[i])).ToArray());
}
