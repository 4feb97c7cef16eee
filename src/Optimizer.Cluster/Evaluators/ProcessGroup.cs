using System.Runtime.InteropServices;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// An evaluation command started as the leader of a session and process group of its own (through util-linux
/// <c>setsid</c>, which execs the command in place, so the command keeps its pid), so that one signal to the group ends
/// it and everything it started, double-forked grandchildren included. Where <c>setsid</c> is missing (macOS) the
/// command runs in our group and only its tree can be killed.
/// </summary>
internal static partial class ProcessGroup
{
    private const int SigKill = 9;
    private const int SigTerm = 15;
    private const int NoSuchProcess = 3; // ESRCH: the group is already gone

    /// <summary>The <c>setsid</c> program, or null where there is none.</summary>
    public static string? SetsidProgram { get; } =
        OperatingSystem.IsLinux() ? new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists) : null;

    /// <summary>SIGKILL to every process of the group led by <paramref name="leaderPid"/>, living or orphaned.</summary>
    /// <exception cref="IOException">The signal could not be sent for a reason other than the group being gone.</exception>
    public static void Kill(int leaderPid)
    {
        if (SetsidProgram is null)
            return;
        if (SendSignal(-leaderPid, SigKill) != 0 && Marshal.GetLastPInvokeError() is var errno && errno != NoSuchProcess)
            throw new IOException($"cannot kill the process group of the evaluation (pid {leaderPid}): errno {errno}");
    }

    /// <summary>
    /// SIGTERM to every process of the group led by <paramref name="leaderPid"/> (to the leader alone where there is no
    /// <c>setsid</c>): the polite request to end that a training script may catch to save a checkpoint.
    /// </summary>
    public static void Terminate(int leaderPid)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return;
        // A group already gone (ESRCH) has nothing left to ask.
        _ = SendSignal(SetsidProgram is null ? leaderPid : -leaderPid, SigTerm);
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
