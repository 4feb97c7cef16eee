using System.Net;
using System.Net.Sockets;

namespace Optimizer.Cli.Tests;

/// <summary>
/// Starts <c>optimizer coordinator</c> and <c>optimizer worker</c> processes of one study on 127.0.0.1, with a credential
/// written to <paramref name="credentialName"/> in the study's directory.
/// </summary>
internal sealed class ClusterProcesses(StudyDirectory study, string credentialName = "credential") : IDisposable
{
    private readonly List<OptimizerProcess> _processes = [];

    public string Address { get; } = $"127.0.0.1:{FreePort()}";

    /// <summary>The study credential, written by <c>optimizer secret new</c>.</summary>
    public string SecretFile { get; } = NewCredential(study.Path, credentialName);

    public int Port => int.Parse(Address.Split(':')[1]);

    public OptimizerProcess StartCoordinator(params string[] extra) =>
        Started(OptimizerProcess.Start(["coordinator", study.StudyFile, "--listen", Address, "--secret-file", SecretFile, .. extra]));

    /// <summary>
    /// A worker whose evaluations sleep <paramref name="evalSleep"/> seconds; <paramref name="secretFile"/> defaults to the
    /// study's; <paramref name="evaluation"/> adds variables for Scripts/evaluate.py (EVAL_MODE, EVAL_OFFSET);
    /// <paramref name="workdir"/> defaults to the study's directory.
    /// </summary>
    public OptimizerProcess StartWorker(
        string name, double evalSleep, string? secretFile = null, string? marker = null, int slots = 1,
        IReadOnlyDictionary<string, string>? evaluation = null, string? workdir = null, params string[] extra)
    {
        var environment = new Dictionary<string, string>(evaluation ?? new Dictionary<string, string>())
        {
            ["EVAL_SLEEP"] = evalSleep.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (marker is not null)
            environment["EVAL_MARKER"] = marker;
        return Started(OptimizerProcess.Start(
            ["worker", "--join", Address, "--secret-file", secretFile ?? SecretFile, "--name", name, "--slots", slots.ToString(),
             "--workdir", workdir ?? study.Path, .. extra],
            environment));
    }

    /// <summary>A new credential written by <c>optimizer secret new</c> (mode 600), as a user makes one.</summary>
    public static string NewCredential(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        var (exitCode, _, stderr) = OptimizerProcess.RunAsync(["secret", "new", path]).GetAwaiter().GetResult();
        return exitCode == 0 ? path : throw new InvalidOperationException($"optimizer secret new failed: {stderr}");
    }

    /// <summary>A bare secret (no certificate): enough for the admission check of an <c>--insecure</c> cluster.</summary>
    public static string WriteSecret(string directory, string fileName, string secret)
    {
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, secret + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }

    public void Dispose()
    {
        foreach (var process in _processes)
            process.Dispose();
    }

    private OptimizerProcess Started(OptimizerProcess process)
    {
        _processes.Add(process);
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
