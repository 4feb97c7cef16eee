using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Bench.Soak;

/// <summary>
/// A soak of cluster mode on 127.0.0.1 with real <c>optimizer coordinator</c> and <c>optimizer worker</c> processes over
/// the authenticated transport: workers SIGKILLed and restarted on a schedule, the coordinator killed and restarted at
/// even shares of the budget. Reports whether every trial ended terminal exactly once and the store is sound.
/// </summary>
public static class SoakBenchmark
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    /// <summary>What one soak ended with.</summary>
    public sealed record Result(int Budget, int Stored, int Terminal, int Duplicated, int Running, int Reruns, int WorkerKills,
        int CoordinatorRestarts, string IntegrityCheck, double Seconds)
    {
        public bool Passed => Stored == Budget && Terminal == Budget && Duplicated == 0 && Running == 0 && IntegrityCheck == "ok";
    }

    public static async Task<Result> RunAsync(SoakOptions options, TextWriter log)
    {
        var directory = Directory.CreateTempSubdirectory("optimizer-soak-").FullName;
        var processes = new List<Process>();
        try
        {
            var study = Path.Combine(directory, "study.yaml");
            await File.WriteAllTextAsync(study, $$$"""
                name: soak
                parameters:
                  - {name: x, type: float, low: 0, high: 1}
                objectives:
                  - {name: y, direction: minimize}
                evaluator:
                  command: [echo, '{{"y": 0.5}}']
                  timeout: 20s
                budget: {trials: {{{options.Trials}}}}
                strategy: {kind: sobol}
                """);
            var credential = Path.Combine(directory, "credential");
            using (var secret = Start(options, processes, "secret", "new", credential))
                await secret.WaitForExitAsync();
            var database = Path.Combine(directory, "soak.db");
            var listen = $"127.0.0.1:{FreePort()}";
            Process Coordinator() => Start(options, processes, "coordinator", study, "--listen", listen, "--secret-file", credential,
                "--storage", database, "--lease-timeout", "5", "-q");
            Process Worker(int i) => Start(options, processes, "worker", "--join", listen, "--secret-file", credential,
                "--name", $"soak-{i}", "--slots", options.Slots.ToString(CultureInfo.InvariantCulture), "--workdir", directory);

            var clock = Stopwatch.StartNew();
            var coordinator = Coordinator();
            var workers = Enumerable.Range(1, options.Workers).Select(Worker).ToArray();
            var (restarts, kills, victim) = (0, 0, 0);
            var nextKill = clock.Elapsed + TimeSpan.FromSeconds(options.KillEverySeconds);
            while (!coordinator.HasExited)
            {
                await Task.Delay(Poll);
                if (coordinator.HasExited)
                    break;
                if (restarts < options.CoordinatorRestarts && Complete(database) >= options.Trials * (restarts + 1) / (options.CoordinatorRestarts + 1))
                {
                    coordinator.Kill();
                    await coordinator.WaitForExitAsync();
                    log.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: coordinator killed at {Complete(database)} complete trials and restarted");
                    coordinator = Coordinator();
                    restarts++;
                }
                if (clock.Elapsed >= nextKill)
                {
                    workers[victim].Kill();
                    workers[victim] = Worker(victim + 1);
                    (victim, kills) = ((victim + 1) % options.Workers, kills + 1);
                    nextKill += TimeSpan.FromSeconds(options.KillEverySeconds);
                }
            }
            var seconds = clock.Elapsed.TotalSeconds;
            log.WriteLine($"{seconds:F0} s: coordinator exited {coordinator.ExitCode}");
            return Inspect(options, database, kills, restarts, seconds);
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                    process.Kill(entireProcessTree: true);
                process.Dispose();
            }
            Directory.Delete(directory, recursive: true);
        }
    }

    public static void Write(Result result, TextWriter output) =>
        TextTable.Write(
            ["budget", "stored", "terminal", "duplicated", "running", "re-runs", "worker kills", "coordinator restarts", "integrity_check", "seconds", "passed"],
            [[
                N(result.Budget), N(result.Stored), N(result.Terminal), N(result.Duplicated), N(result.Running), N(result.Reruns), N(result.WorkerKills),
                N(result.CoordinatorRestarts), result.IntegrityCheck, result.Seconds.ToString("F0", CultureInfo.InvariantCulture), result.Passed ? "yes" : "NO",
            ]],
            textColumns: 0, output);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Result Inspect(SoakOptions options, string database, int kills, int restarts, double seconds)
    {
        using var store = SqliteStudyStore.Open(database, readOnly: true);
        var trials = store.Trials();
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return new Result(options.Trials, trials.Count, trials.Count(t => t.IsTerminal), trials.Count - trials.Select(t => t.Number).Distinct().Count(),
            trials.Count(t => t.State == TrialState.Running), trials.Count(t => t.Attempt > 1), kills, restarts, (string)check.ExecuteScalar()!, seconds);
    }

    // The coordinator may be between two lives: no store yet, or the file being opened.
    private static int Complete(string database)
    {
        try
        {
            if (!File.Exists(database))
                return 0;
            using var store = SqliteStudyStore.Open(database, readOnly: true);
            return store.Trials().Count(t => t.State == TrialState.Complete);
        }
        catch (Exception e) when (e is InvalidDataException or SqliteException)
        {
            return 0;
        }
    }

    private static Process Start(SoakOptions options, List<Process> processes, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(options.Optimizer);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start optimizer");
        // Drained so a chatty process never blocks on a full pipe; the soak judges by the store, not by the logs.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        processes.Add(process);
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
