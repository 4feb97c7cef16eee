using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Hosting;
using Optimizer.Core.Strategies;
using Optimizer.Storage.Sqlite;
using Optimizer.StudyFiles;

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
            var studyFile = Path.Combine(directory.FullName, "study.yaml");
            var text = $$"""
                name: dispatch
                parameters:
                  - {name: x, type: float, low: 0, high: 1}
                  - {name: z, type: float, low: 0, high: 1}
                objectives:
                  - {name: y, direction: minimize}
                evaluator:
                  command: ["true"]
                budget: {trials: {{options.Trials}}}
                strategy: {kind: sobol}
                """;
            await File.WriteAllTextAsync(studyFile, text);
            var secretFile = Path.Combine(directory.FullName, "credential");
            var credential = StudyCredential.Create(DateTimeOffset.UtcNow);
            credential.WriteTo(secretFile);
            var transport = options.Insecure ? ClusterTransport.PlainTcp : ClusterTransport.Tls(credential);
            var definition = StudyFileLoader.Parse(text, studyFile);
            var listen = new NodeEndpoint("127.0.0.1", FreePort());

            using var store = SqliteStudyStore.Create(Path.Combine(directory.FullName, "dispatch.db"), text);
            var host = ClusterCoordinatorHost.Start(store, definition, new SobolStrategy(definition.Space, 1),
                new ClusterCoordinatorOptions(listen, transport, credential.Secret, new CoordinatorSettings(options.Trials, 10)));
            var workers = Enumerable.Range(1, options.Workers)
                .Select(i => StartWorker(listen, secretFile, Path.Combine(directory.FullName, $"gaps-{i}"), $"bench-{i}", options.Insecure))
                .ToArray();
            await host.Completion;
            foreach (var worker in workers)
            {
                await worker.WaitForExitAsync();
                worker.Dispose();
            }

            var trials = store.Trials();
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

    public static void Write(Result result, TextWriter output) =>
        TextTable.Write(
            ["transport", "trials", "worker processes", "seconds", "trials/s", "median idle gap (ms)", "p90 idle gap (ms)", "median queue wait (ms)"],
            [[
                result.Transport, result.Trials.ToString(CultureInfo.InvariantCulture), result.Workers.ToString(CultureInfo.InvariantCulture),
                result.Seconds.ToString("F2", CultureInfo.InvariantCulture), result.TrialsPerSecond.ToString("F0", CultureInfo.InvariantCulture),
                result.MedianGapMs.ToString("F2", CultureInfo.InvariantCulture), result.P90GapMs.ToString("F2", CultureInfo.InvariantCulture),
                result.MedianQueueWaitMs.ToString("F3", CultureInfo.InvariantCulture),
            ]],
            textColumns: 1, output);

    private static Process StartWorker(NodeEndpoint join, string secretFile, string gapsFile, string name, bool insecure)
    {
        // Run the same assembly through the dotnet host, whether this process is `dotnet bench.dll` or the apphost of `dotnet run`.
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        string[] arguments = [Assembly.GetEntryAssembly()!.Location, "dispatch-worker", join.ToString(), secretFile, gapsFile, name, .. insecure ? ["--insecure"] : Array.Empty<string>()];
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start a worker process");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
