using System.Diagnostics;
using System.Text;

namespace Optimizer.Cli.Tests;

/// <summary>The built <c>optimizer</c> command run as a real process (<c>dotnet optimizer.dll ...</c>), its output collected.</summary>
internal sealed class OptimizerProcess : IDisposable
{
    /// <summary>The built <c>optimizer.dll</c> of the same configuration.</summary>
    public static readonly string Dll = LocateDll();

    /// <summary>
    /// A bound on a hang, not a margin on speed: on a loaded 2-core machine (load average 50 measured while the cluster
    /// tests ran beside others) a process that needs 0.6 s of CPU to start took 14 s to print its first line.
    /// </summary>
    public static readonly TimeSpan HangBound = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly List<(Func<string, bool> Matches, TaskCompletionSource Seen)> _awaitedLines = [];
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private OptimizerProcess(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(OperatingSystem.IsLinux() ? "/usr/bin/env" : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // A process started with SIGINT ignored keeps ignoring it, and .NET never handles an ignored SIGINT: under a test
        // run launched in the background (a non-interactive shell's `&`) Ctrl-C would be lost. Start it as a terminal's
        // foreground job is, SIGINT at its default; env execs in place, so the pid is the command's.
        if (OperatingSystem.IsLinux())
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add(dotnet);
        }
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data, _stdout, matchAwaited: true);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data, _stderr, matchAwaited: false);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    public static OptimizerProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        new(arguments, environment);

    /// <summary>Runs the command to its end and returns its exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        using var process = Start(arguments, environment);
        var exitCode = await process.WaitForExitAsync(timeout ?? HangBound);
        return (exitCode, process.Stdout, process.Stderr);
    }

    /// <summary>Completes when a line of stdout matches (lines seen before the call count too).</summary>
    public Task WaitForLineAsync(Func<string, bool> matches, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_stdout)
        {
            if (_stdout.ToString().Split('\n').Any(matches))
                seen.SetResult();
            else
                _awaitedLines.Add((matches, seen));
        }
        return seen.Task.WaitAsync(timeout);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        await _outputClosed.Task.WaitAsync(timeout);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process gets no chance to clean up, like a crash or an OOM kill.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGINT, as Ctrl-C in a terminal sends it.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", Id.ToString()]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void OnLine(string? line, StringBuilder into, bool matchAwaited)
    {
        if (line is null)
        {
            if (matchAwaited)
                _outputClosed.TrySetResult();
            return;
        }
        lock (into)
        {
            into.AppendLine(line);
            if (!matchAwaited)
                return;
            foreach (var awaited in _awaitedLines.Where(a => a.Matches(line)).ToArray())
            {
                awaited.Seen.TrySetResult();
                _awaitedLines.Remove(awaited);
            }
        }
    }

    // bin/<Configuration>/<tfm>/ of this project mirrors src/Optimizer.Cli/bin/<Configuration>/<tfm>/.
    private static string LocateDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var root = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(root, "src", "Optimizer.Cli", "bin", configuration, framework, "optimizer.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"build src/Optimizer.Cli first: {dll} is missing");
    }
}
