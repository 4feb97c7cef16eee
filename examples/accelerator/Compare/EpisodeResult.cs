namespace Ares.Compare;

/// <summary>What one algorithm reached on one task.</summary>
/// <param name="BestObservedError">the lowest observed (noisy) error [m].</param>
/// <param name="TrueErrorOfBest">the noise-free error of the best observed settings with the beam of the last step [m].</param>
/// <param name="StepsToThreshold">the first step whose observed error was at most the threshold; null if none.</param>
internal sealed record EpisodeResult(string Algorithm, int Task, double BestObservedError, double TrueErrorOfBest, int? StepsToThreshold, double Seconds);
