using System.Diagnostics;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Runs one evaluation command to its end: stdin closed, stdout and stderr read asynchronously as they come
/// (so a chatty command never blocks on a full pipe), and the whole process tree killed at the timeout or on cancellation.
/// </summary>
internal static class CommandProcess
{
    /// <summary>How long to wait for the pipes to close after killing the tree; a descendant that escaped it may hold them.</summary>
    private static readonly TimeSpan DrainAfterKill = TimeSpan.FromSeconds(5);

    /// <param name="startInfo">The command; standard input, output and error must be redirected.</param>
    /// <param name="timeout">Kill the tree after this long; null for no limit.</param>
    /// <param name="cancellationToken">Kills the tree, then throws.</param>
    /// <exception cref="System.ComponentModel.Win32Exception">The command cannot be started (not found, not executable).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired; the tree has been killed.</exception>
    public static async Task<CommandOutcome> RunAsync(ProcessStartInfo startInfo, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var process = new Process { StartInfo = startInfo };
        var stderrTail = new OutputTail();
        string? lastJsonObjectLine = null;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && MetricsParser.IsJsonObject(line))
                Volatile.Write(ref lastJsonObjectLine, line);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
                stderrTail.Append(line);
        };

        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
            deadline.CancelAfter(limit);
        try
        {
            // Completes once the process has exited and both pipes have reached end of file.
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            await DrainAsync(process).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return new CommandOutcome(ExitCode: null, Volatile.Read(ref lastJsonObjectLine), stderrTail.ToString());
        }
        return new CommandOutcome(process.ExitCode, Volatile.Read(ref lastJsonObjectLine), stderrTail.ToString());
    }

    private static async Task DrainAsync(Process process)
    {
        using var grace = new CancellationTokenSource(DrainAfterKill);
        try
        {
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (grace.IsCancellationRequested)
        {
            // A descendant outside the tree still holds the pipes: report with the output read so far rather than wait on it.
        }
    }
}
