using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Hosting;
using Optimizer.Core.Strategies;
using Optimizer.Storage.Sqlite;
using Optimizer.StudyFiles;

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
            const string text = """
                name: stranger
                parameters:
                  - {name: x, type: float, low: 0, high: 1}
                objectives:
                  - {name: y, direction: minimize}
                evaluator:
                  command: ["true"]
                budget: {trials: 1}
                strategy: {kind: sobol}
                """;
            var definition = StudyFileLoader.Parse(text, Path.Combine(directory.FullName, "study.yaml"));
            var credential = StudyCredential.Create(DateTimeOffset.UtcNow);
            var strangers = StudyCredential.Create(DateTimeOffset.UtcNow).Certificate;
            var listen = new NodeEndpoint("127.0.0.1", FreePort());
            using var store = SqliteStudyStore.Create(Path.Combine(directory.FullName, "stranger.db"), text);
            var host = ClusterCoordinatorHost.Start(store, definition, new SobolStrategy(definition.Space, 1),
                new ClusterCoordinatorOptions(listen, ClusterTransport.Tls(credential), credential.Secret, store.StudyId!, new CoordinatorSettings(1, 10)));
            var times = new List<double>();
            var dropped = 0;
            for (var i = 0; i < attempts; i++)
            {
                var clock = Stopwatch.StartNew();
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, listen.Port);
                if (await DroppedAsync(client, strangers))
                    dropped++;
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            await host.StopAsync();
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

    // True when the coordinator ends the connection: the handshake fails, or the stream reads end-of-stream.
    private static async Task<bool> DroppedAsync(TcpClient client, X509Certificate2 certificate)
    {
        using var timeout = new CancellationTokenSource(GiveUp);
        await using var tls = new SslStream(client.GetStream());
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "127.0.0.1",
                ClientCertificates = [certificate],
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
            }, timeout.Token);
            return await tls.ReadAsync(new byte[1], timeout.Token) == 0;
        }
        catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
