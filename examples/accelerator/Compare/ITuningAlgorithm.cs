namespace Ares.Compare;

/// <summary>An optimizer under comparison: spends an episode's steps trying to minimize the observed error.</summary>
internal interface ITuningAlgorithm
{
    string Name { get; }

    void Run(TuningEpisode episode, int seed);
}
