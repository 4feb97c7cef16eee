using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Optimizer.Bench.Loopback;
using Optimizer.Cluster.Hosting;

namespace Optimizer.Bench.Dispatch;

/// <summary>
/// Dispatch throughput and latency of cluster mode: a coordinator in this process (Sobol strategy, a real SQLite store)
/// and worker processes (<see cref="DispatchWorker"/>) on 127.0.0.1 whose evaluations take no time. Throughput is trials
/// over the time from the first start to the last finish in the store; latency is how long a worker slot stays idle
/// between two evaluations, as the worker measures it.
/// </summary>
public static class DispatchBenchmark
{
    /// <summary>What one run measured.</summary>
    public sealed record Result(string Transport, int Trials, int Workers, double Seconds, double TrialsPerSecond, double MedianGapMs, double P90GapMs,
        double MedianQueueWaitMs);

    public static async Task<Result> RunAsync(DispatchOptions options)
    {
        var directory = Directory.CreateTempSubdirectory("optimizer-dispatch-");
        try
        {
            using var coordinator = BenchCoordinator.Start(directory.FullName, "dispatch", options.Trials, parameters: 2, options.Insecure);
            var workers = Enumerable.Range(1, options.Workers)
                .Select(i => StartWorker(coordinator.Listen, coordinator.SecretFile, Path.Combine(directory.FullName, $"gaps-{i}"), $"bench-{i}", options.Insecure))
                .ToArray();
            await coordinator.Host.Completion;
            foreach (var worker in workers)
            {
                await worker.WaitForExitAsync();
                worker.Dispose();
            }

            var trials = coordinator.Store.Trials();
            var seconds = (trials.Max(t => t.FinishedAt!.Value) - trials.Min(t => t.StartedAt!.Value)).TotalSeconds;
            var gaps = Enumerable.Range(1, options.Workers)
                .SelectMany(i => File.ReadAllLines(Path.Combine(directory.FullName, $"gaps-{i}")))
                .Select(l => double.Parse(l, CultureInfo.InvariantCulture)).Order().ToArray();
            var waits = trials.Select(t => (t.Timings?.QueueWaitSeconds ?? 0) * 1000).Order().ToArray();
            return new Result(options.Insecure ? "plain TCP" : "TLS", trials.Count, options.Workers, seconds, trials.Count / seconds,
                Quantiles.Of(gaps, 0.5), Quantiles.Of(gaps, 0.9), Quantiles.Of(waits, 0.5));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The result as a table, then as one line of JSON.</summary>
    public static void Write(Result result, TextWriter output)
    {
        TextTable.Write(
            ["transport", "trials", "worker processes", "seconds", "trials/s", "median idle gap (ms)", "p90 idle gap (ms)", "median queue wait (ms)"],
            [[
                result.Transport, result.Trials.ToString(CultureInfo.InvariantCulture), result.Workers.ToString(CultureInfo.InvariantCulture),
                result.Seconds.ToString("F2", CultureInfo.InvariantCulture), result.TrialsPerSecond.ToString("F0", CultureInfo.InvariantCulture),
                result.MedianGapMs.ToString("F2", CultureInfo.InvariantCulture), result.P90GapMs.ToString("F2", CultureInfo.InvariantCulture),
                result.MedianQueueWaitMs.ToString("F3", CultureInfo.InvariantCulture),
            ]],
            textColumns: 1, output);
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(result));
    }

    private static Process StartWorker(NodeEndpoint join, string secretFile, string gapsFile, string name, bool insecure)
    {
        // Run the same assembly through the dotnet host, whether this process is `dotnet bench.dll` or the apphost of `dotnet run`.
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        string[] arguments = [Assembly.GetEntryAssembly()!.Location, "dispatch-worker", join.ToString(), secretFile, gapsFile, name, .. insecure ? ["--insecure"] : Array.Empty<string>()];
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start a worker process");
    }
}
