using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Optimizer.Bench.Loopback;
using Optimizer.Cluster.Admission;

namespace Optimizer.Bench.Stranger;

/// <summary>
/// How long a stranger takes to be dropped: a coordinator in this process over the study's TLS transport, and
/// <c>--attempts</c> connections from 127.0.0.1 that present another study's certificate, each timed from the TCP connect
/// to the moment the coordinator ends the connection (the handshake fails, or the stream is closed).
/// </summary>
public static class StrangerBenchmark
{
    public const string Usage = "usage: bench stranger [--attempts 20]";

    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(30);

    /// <summary>What the attempts measured; <paramref name="Dropped"/> counts those the coordinator ended within 30 s.</summary>
    public sealed record Result(int Attempts, int Dropped, double MedianMs, double P90Ms, double MaxMs);

    /// <summary>Parses <c>--attempts N</c>; throws <see cref="BenchUsageException"/> naming the bad option.</summary>
    public static int ParseAttempts(IReadOnlyList<string> args) => args switch
    {
        [] => 20,
        ["--attempts", var n] => CommaSeparated.Integers("--attempts", n, minimum: 1).Single(),
        _ => throw new BenchUsageException($"unknown options '{string.Join(' ', args)}'"),
    };

    public static async Task<Result> RunAsync(int attempts)
    {
        var directory = Directory.CreateTempSubdirectory("optimizer-stranger-");
        try
        {
            using var coordinator = BenchCoordinator.Start(directory.FullName, "stranger", trials: 1, parameters: 1, insecure: false);
            var strangers = StudyCredential.Create(DateTimeOffset.UtcNow).Certificate;
            var times = new List<double>();
            var dropped = 0;
            for (var i = 0; i < attempts; i++)
            {
                var clock = Stopwatch.StartNew();
                if (await StrangerConnection.IsDroppedAsync(coordinator.Listen.Port, strangers, GiveUp))
                    dropped++;
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            await coordinator.Host.StopAsync();
            return new Result(attempts, dropped, Quantiles.Of(times, 0.5), Quantiles.Of(times, 0.9), times.Max());
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
            ["attempts", "dropped", "median ms to drop", "p90 ms", "max ms"],
            [[
                result.Attempts.ToString(CultureInfo.InvariantCulture), result.Dropped.ToString(CultureInfo.InvariantCulture),
                result.MedianMs.ToString("F1", CultureInfo.InvariantCulture), result.P90Ms.ToString("F1", CultureInfo.InvariantCulture),
                result.MaxMs.ToString("F1", CultureInfo.InvariantCulture),
            ]],
            textColumns: 0, output);
        output.WriteLine(JsonSerializer.Serialize(result));
    }
}
