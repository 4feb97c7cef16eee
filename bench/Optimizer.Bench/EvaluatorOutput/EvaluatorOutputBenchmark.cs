using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Optimizer.Bench.EvaluatorOutput;

/// <summary>
/// Memory of <c>optimizer run</c> (the built command line, a real process) when the evaluator floods stdout: a study of
/// one trial whose evaluator prints one line of <c>--mb</c> MB, then its result, beside the same study whose evaluator
/// prints the result alone. The peak resident set of the <c>optimizer</c> process is its <c>VmHWM</c> in
/// <c>/proc/PID/status</c>, read every 10 ms while it runs.
/// </summary>
public static class EvaluatorOutputBenchmark
{
    public const string Usage = "usage: bench evaluator-output [--mb 100] [--optimizer PATH/optimizer.dll]";

    private static readonly TimeSpan Sample = TimeSpan.FromMilliseconds(10);

    /// <summary>One run: the line the evaluator printed before its result (0: none), and what the run took.</summary>
    public sealed record Row(int LineMegabytes, int ExitCode, string TrialState, double PeakRssMegabytes, double WallSeconds);

    /// <summary>Parses <c>--mb N</c> and <c>--optimizer PATH</c>; throws <see cref="BenchUsageException"/> naming the bad option.</summary>
    public static (int Megabytes, string Optimizer) Parse(IReadOnlyList<string> args)
    {
        var (megabytes, optimizer) = (100, BuiltOptimizer.DefaultPath());
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--mb":
                    megabytes = CommaSeparated.Integers("--mb", Value(), minimum: 1).Single();
                    break;
                case "--optimizer":
                    optimizer = Value();
                    break;
                default:
                    throw new BenchUsageException($"unknown option '{args[i]}'");
            }
        }
        return (megabytes, BuiltOptimizer.Existing(optimizer));
    }

    /// <summary>The run without the line, then the run with it.</summary>
    public static async Task<IReadOnlyList<Row>> RunAsync(int megabytes, string optimizer) =>
        [await RunOnceAsync(0, optimizer), await RunOnceAsync(megabytes, optimizer)];

    /// <summary>The rows as a table, then as one line of JSON.</summary>
    public static void Write(IReadOnlyList<Row> rows, TextWriter output)
    {
        TextTable.Write(
            ["line before the result (MB)", "exit code", "trial", "peak RSS of optimizer run (MB)", "wall (s)"],
            rows.Select(r => (IReadOnlyList<string>)[
                r.LineMegabytes.ToString(CultureInfo.InvariantCulture), r.ExitCode.ToString(CultureInfo.InvariantCulture), r.TrialState,
                r.PeakRssMegabytes.ToString("F0", CultureInfo.InvariantCulture), r.WallSeconds.ToString("F2", CultureInfo.InvariantCulture),
            ]),
            textColumns: 0, output);
        output.WriteLine(JsonSerializer.Serialize(rows));
    }

    private static async Task<Row> RunOnceAsync(int megabytes, string optimizer)
    {
        var directory = Directory.CreateTempSubdirectory("optimizer-evaluator-output-").FullName;
        try
        {
            var script = Path.Combine(directory, "flood.sh");
            // One line of MB megabytes (no newline inside: `tr` turns NUL bytes into 'x'), then the result.
            await File.WriteAllTextAsync(script, megabytes == 0
                ? "echo '{\"y\": 1}'\n"
                : $"head -c {megabytes * 1_000_000L} /dev/zero | tr '\\0' x\necho\necho '{{\"y\": 1}}'\n");
            var study = Path.Combine(directory, "study.yaml");
            await File.WriteAllTextAsync(study, $$"""
                name: flood
                parameters:
                  - {name: x, type: float, low: 0, high: 1}
                objectives:
                  - {name: y, direction: minimize}
                evaluator:
                  command: [sh, '{{script}}']
                  timeout: 5m
                budget: {trials: 1}
                strategy: {kind: sobol}
                """);
            var database = Path.Combine(directory, "flood.db");
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { optimizer, "run", study, "--storage", database, "-q" })
                start.ArgumentList.Add(argument);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start optimizer");
            var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            var status = $"/proc/{process.Id}/status";
            long peakKilobytes = 0;
            while (!process.HasExited)
            {
                peakKilobytes = Math.Max(peakKilobytes, HighWaterMarkKilobytes(status));
                await Task.Delay(Sample);
            }
            await process.WaitForExitAsync();
            var wall = clock.Elapsed.TotalSeconds;
            await drained;
            return new Row(megabytes, process.ExitCode, TrialState(database), peakKilobytes / 1024.0, wall);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // VmHWM: the peak resident set of the process so far; 0 once it is gone.
    private static long HighWaterMarkKilobytes(string status)
    {
        try
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string TrialState(string database)
    {
        using var store = Storage.Sqlite.SqliteStudyStore.Open(database, readOnly: true);
        return store.Trials() is [var trial] ? trial.State.ToString().ToLowerInvariant() : $"{store.Trials().Count} trials";
    }
}
