using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Optimizer.Bench.Loopback;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Bench.Soak;

/// <summary>
/// A soak of cluster mode on 127.0.0.1 with real <c>optimizer coordinator</c> and <c>optimizer worker</c> processes over
/// the authenticated transport: workers SIGKILLed and restarted on a schedule (each once it has evaluated a trial), the
/// coordinator SIGKILLed and restarted at even shares of the budget. Reports whether every trial ended terminal exactly once and the store is sound.
/// </summary>
public static class SoakBenchmark
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private const int ErrorLinesKept = 40;

    /// <summary>What one soak ended with; <paramref name="CoordinatorErrors"/> is the last coordinator's stderr (its last lines).</summary>
    /// <paramref name="WorkerExits"/> counts workers that exited by themselves while the study ran (refused, gave up, crashed).
    public sealed record Result(int Budget, int Stored, int Terminal, int Duplicated, int Running, int Reruns, int WorkerKills,
        int WorkerExits, int CoordinatorRestarts, int CoordinatorExitCode, string IntegrityCheck, double Seconds,
        [property: JsonIgnore] string CoordinatorErrors)
    {
        /// <summary>
        /// Every trial terminal exactly once, none running, a sound store, a coordinator that ended the study itself, and
        /// no worker that left on its own.
        /// </summary>
        public bool Passed => Stored == Budget && Terminal == Budget && Duplicated == 0 && Running == 0 && IntegrityCheck == "ok"
                              && CoordinatorExitCode == 0 && WorkerExits == 0;
    }

    /// <summary>Runs the soak; <paramref name="cancellationToken"/> ends it early, every process killed and the directory removed.</summary>
    public static async Task<Result> RunAsync(SoakOptions options, TextWriter log, CancellationToken cancellationToken = default)
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
                  command: {{{Command(options)}}}
                  timeout: 20s
                budget: {trials: {{{options.Trials}}}}
                strategy: {kind: sobol}
                """);
            var credential = Path.Combine(directory, "credential");
            await Start(options, processes, null, "secret", "new", credential).WaitForExitAsync(cancellationToken);
            var database = Path.Combine(directory, "soak.db");
            var listen = $"127.0.0.1:{BenchCoordinator.FreePort()}";
            var coordinatorErrors = new Queue<string>();
            Process Coordinator()
            {
                lock (coordinatorErrors)
                    coordinatorErrors.Clear();
                return Start(options, processes, coordinatorErrors, "coordinator", study, "--listen", listen, "--secret-file", credential,
                    "--storage", database, "--lease-timeout", "5", "-q");
            }
            // Each life of a worker has a name of its own, so the store tells whether this life has evaluated anything yet.
            var generations = new int[options.Workers];
            string WorkerName(int i) => $"soak-{i + 1}-{generations[i]}";
            var workerErrors = Enumerable.Range(0, options.Workers).Select(_ => new Queue<string>()).ToArray();
            Process Worker(int i) => Start(options, processes, workerErrors[i], "worker", "--join", listen, "--secret-file", credential,
                "--name", WorkerName(i), "--slots", options.Slots.ToString(CultureInfo.InvariantCulture), "--workdir", directory);

            var clock = Stopwatch.StartNew();
            var coordinator = Coordinator();
            var workers = Enumerable.Range(0, options.Workers).Select(Worker).ToArray();
            var (restarts, kills, exits, victim) = (0, 0, 0, 0);
            var nextKill = clock.Elapsed + TimeSpan.FromSeconds(options.KillEverySeconds);
            var nextReport = clock.Elapsed;
            while (!coordinator.HasExited)
            {
                await Task.Delay(Poll, cancellationToken);
                if (coordinator.HasExited)
                    break;
                var trials = StoredTrials(database);
                var complete = trials.Count(t => t.State == TrialState.Complete);
                if (clock.Elapsed >= nextReport)
                {
                    log.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: {complete} complete, {trials.Count(t => t.State == TrialState.Running)} running");
                    nextReport += TimeSpan.FromSeconds(10);
                }
                if (restarts < options.CoordinatorRestarts && complete >= options.Trials * (restarts + 1) / (options.CoordinatorRestarts + 1))
                {
                    coordinator.Kill();
                    await coordinator.WaitForExitAsync(cancellationToken);
                    log.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: coordinator killed at {complete} complete trials and restarted");
                    coordinator = Coordinator();
                    restarts++;
                }
                // A worker that left on its own is counted (the soak fails) and started again, so the study can go on;
                // one told that the study is finished (exit 0 once every trial is terminal) has done its part.
                for (var i = 0; i < workers.Length && !coordinator.HasExited; i++)
                {
                    if (!workers[i].HasExited)
                        continue;
                    await workers[i].WaitForExitAsync(cancellationToken);
                    if (workers[i].ExitCode == 0 && StoredTrials(database).Count(t => t.IsTerminal) == options.Trials)
                        continue;
                    lock (workerErrors[i])
                        log.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: worker {WorkerName(i)} exited {workers[i].ExitCode} by itself; started again. " +
                                      $"Its last words: {workerErrors[i].LastOrDefault()}");
                    exits++;
                    generations[i]++;
                    workers[i] = Worker(i);
                }
                // A worker is killed on schedule once its life has evaluated a trial: one killed while it starts tests nothing.
                var name = WorkerName(victim);
                if (clock.Elapsed >= nextKill && trials.Any(t => t.Worker == name || t.Worker?.StartsWith(name + "/", StringComparison.Ordinal) == true))
                {
                    workers[victim].Kill();
                    generations[victim]++;
                    workers[victim] = Worker(victim);
                    (victim, kills) = ((victim + 1) % options.Workers, kills + 1);
                    nextKill = clock.Elapsed + TimeSpan.FromSeconds(options.KillEverySeconds);
                }
            }
            var seconds = clock.Elapsed.TotalSeconds;
            await coordinator.WaitForExitAsync();
            log.WriteLine($"{seconds:F0} s: coordinator exited {coordinator.ExitCode}");
            string errors;
            lock (coordinatorErrors)
                errors = string.Join('\n', coordinatorErrors);
            return Inspect(options, database, kills, exits, restarts, coordinator.ExitCode, seconds, errors);
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

    /// <summary>The result as a table, then as one line of JSON.</summary>
    public static void Write(Result result, TextWriter output)
    {
        TextTable.Write(
            ["budget", "stored", "terminal", "duplicated", "running", "re-runs", "worker kills", "worker exits", "coordinator restarts", "exit code", "integrity_check", "seconds", "passed"],
            [[
                N(result.Budget), N(result.Stored), N(result.Terminal), N(result.Duplicated), N(result.Running), N(result.Reruns), N(result.WorkerKills), N(result.WorkerExits),
                N(result.CoordinatorRestarts), N(result.CoordinatorExitCode), result.IntegrityCheck, result.Seconds.ToString("F0", CultureInfo.InvariantCulture), result.Passed ? "yes" : "NO",
            ]],
            textColumns: 0, output);
        output.WriteLine(JsonSerializer.Serialize(result));
    }

    // The study file's command; '{{' is a literal brace to the command template.
    private static string Command(SoakOptions options) => options.EvaluationMilliseconds == 0
        ? "[echo, '{{\"y\": 0.5}}']"
        : "[sh, -c, 'sleep " + (options.EvaluationMilliseconds / 1000.0).ToString("0.###", CultureInfo.InvariantCulture)
          + "; echo \"{{\\\"y\\\": 0.5}}\"']";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Result Inspect(SoakOptions options, string database, int kills, int exits, int restarts, int exitCode, double seconds, string errors)
    {
        using var store = SqliteStudyStore.Open(database, readOnly: true);
        var trials = store.Trials();
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return new Result(options.Trials, trials.Count, trials.Count(t => t.IsTerminal), trials.Count - trials.Select(t => t.Number).Distinct().Count(),
            trials.Count(t => t.State == TrialState.Running), trials.Count(t => t.Attempt > 1), kills, exits, restarts, exitCode, (string)check.ExecuteScalar()!, seconds, errors);
    }

    // The coordinator may be between two lives: no store yet, or the file being opened.
    private static IReadOnlyList<Trial> StoredTrials(string database)
    {
        try
        {
            if (!File.Exists(database))
                return [];
            using var store = SqliteStudyStore.Open(database, readOnly: true);
            return store.Trials();
        }
        catch (Exception e) when (e is InvalidDataException or SqliteException)
        {
            return [];
        }
    }

    private static Process Start(SoakOptions options, List<Process> processes, Queue<string>? errors, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(options.Optimizer);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start optimizer");
        // Drained so a chatty process never blocks on a full pipe; the soak judges by the store, not by the logs.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (errors is null || e.Data is null)
                return;
            lock (errors)
            {
                errors.Enqueue(e.Data);
                if (errors.Count > ErrorLinesKept)
                    errors.Dequeue();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        processes.Add(process);
        return process;
    }
}
