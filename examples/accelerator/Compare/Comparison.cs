using System.Collections.Concurrent;
using System.Diagnostics;
using Ares.Tuning;

namespace Ares.Compare;

/// <summary>
/// Runs every algorithm on the same tasks (drawn from <see cref="TaskDistribution"/> with one seed) and the same noise
/// stream per task, episodes in parallel; GP episodes are started first because they take longest.
/// </summary>
internal static class Comparison
{
    public static IReadOnlyList<EpisodeResult> Run(IReadOnlyList<ITuningAlgorithm> algorithms, ComparisonOptions options)
    {
        var taskRandom = new Random(options.Seed);
        var tasks = Enumerable.Range(0, options.Tasks).Select(_ => TaskDistribution.Sample(taskRandom)).ToArray();
        var work = algorithms.SelectMany(a => Enumerable.Range(0, tasks.Length).Select(t => (Algorithm: a, Task: t))).ToArray();
        var results = new ConcurrentBag<EpisodeResult>();
        var partitioner = Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(partitioner, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, item =>
        {
            var clock = Stopwatch.StartNew();
            var seed = unchecked(options.Seed * 7919 + item.Task * 104729);
            var episode = new TuningEpisode(new AresMachine(tasks[item.Task], ScreenNoise.Default), options.Steps, seed);
            item.Algorithm.Run(episode, seed);
            results.Add(episode.Result(item.Algorithm.Name, item.Task, options.ThresholdMeters, clock.Elapsed));
        });
        return results.OrderBy(r => algorithms.Select(a => a.Name).ToList().IndexOf(r.Algorithm)).ThenBy(r => r.Task).ToArray();
    }
}
