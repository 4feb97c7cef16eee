using Ares.Tuning;

namespace Ares.Compare;

/// <summary>
/// One algorithm's run on one task: each evaluation is one step of the machine (the incoming beam drifts between steps)
/// and returns the observed error (noisy MAE, or the off-screen error). Remembers every step for the report.
/// </summary>
internal sealed class TuningEpisode(AresMachine machine, int steps, int noiseSeed)
{
    private readonly Random _noise = new(noiseSeed);
    private readonly List<double> _observed = [];
    private MagnetSettings? _best;
    private double _bestObserved = double.PositiveInfinity;

    public int Steps { get; } = steps;

    public bool Exhausted => _observed.Count >= Steps;

    /// <summary>Observed errors in step order [m].</summary>
    public IReadOnlyList<double> Observed => _observed;

    /// <summary>Sets the magnets, measures the beam at this step and returns the observed error [m].</summary>
    public double Evaluate(MagnetSettings settings)
    {
        if (Exhausted)
            throw new InvalidOperationException($"the episode's {Steps} steps are spent");
        var error = machine.Error(machine.Measure(settings, _observed.Count, _noise));
        _observed.Add(error);
        if (error < _bestObserved) (_best, _bestObserved) = (settings, error);
        return error;
    }

    /// <summary>The result: best observed error, the noise-free error of the best observed settings at the last step, and the first step reaching the threshold.</summary>
    public EpisodeResult Result(string algorithm, int task, double threshold, TimeSpan elapsed)
    {
        if (_best is null)
            throw new InvalidOperationException("the episode has no evaluations");
        var trueError = machine.Error(machine.ExactReading(_best, Steps - 1));
        var reached = _observed.FindIndex(e => e <= threshold);
        return new EpisodeResult(algorithm, task, _bestObserved, trueError, reached < 0 ? null : reached + 1, elapsed.TotalSeconds);
    }
}
