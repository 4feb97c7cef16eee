using System.Diagnostics;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Runs one evaluation command to its end: stdin closed, stdout and stderr read as they come in fixed memory
/// (<see cref="BoundedLineReader"/>), so a chatty command never blocks on a full pipe nor fills our memory. The command
/// ends when its process exits: then, or at the timeout or on cancellation, its whole process group is killed
/// (<see cref="ProcessGroup"/>), so a child it left behind neither survives nor holds the trial open through its stdout.
/// Stopped early, the group first gets SIGTERM and the grace period to end by itself.
/// </summary>
internal static class CommandProcess
{
    /// <summary>How long to wait for the pipes to close after the group is killed; a descendant that left the group may hold them.</summary>
    private static readonly TimeSpan DrainAfterKill = TimeSpan.FromSeconds(5);

    /// <param name="startInfo">The command (wrapped in <see cref="ProcessGroup.SetsidProgram"/> where there is one); standard input, output and error must be redirected.</param>
    /// <param name="timeout">Kill the group after this long; null for no limit.</param>
    /// <param name="cancellationToken">Kills the group, then throws.</param>
    /// <param name="stop">Early stopping: SIGTERM to the group, SIGKILL after <paramref name="grace"/>; the outcome says <c>Stopped</c>.</param>
    /// <param name="grace">How long a stopped command may take to end by itself.</param>
    /// <param name="onIntermediate">Receives the intermediate reports on stdout (<see cref="StdoutConsumer"/>).</param>
    /// <exception cref="System.ComponentModel.Win32Exception">The command cannot be started (not found, not executable).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired; the group has been killed.</exception>
    public static async Task<CommandOutcome> RunAsync(ProcessStartInfo startInfo, TimeSpan? timeout, CancellationToken cancellationToken,
        CancellationToken stop = default, TimeSpan grace = default, Action<int, IReadOnlyDictionary<string, double>>? onIntermediate = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var process = new Process { StartInfo = startInfo };
        var stdout = new StdoutConsumer(onIntermediate);
        var (stdoutTail, stderrTail) = (new ByteTail(), new ByteTail());

        process.Start();
        process.StandardInput.Close();
        var readers = Task.WhenAll(
            Task.Run(() => BoundedLineReader.ReadLinesAsync(process.StandardOutput.BaseStream, stdout, stdoutTail), CancellationToken.None),
            Task.Run(() => BoundedLineReader.ReadTailAsync(process.StandardError.BaseStream, stderrTail), CancellationToken.None));

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
            deadline.CancelAfter(limit);
        var (killed, stopped) = (false, 0);
        using var stopping = stop.Register(() =>
        {
            if (Interlocked.Exchange(ref stopped, 1) != 0)
                return;
            ProcessGroup.Terminate(process.Id);
            deadline.CancelAfter(grace);
        });
        try
        {
            // Only the process's exit: the pipes are not awaited, since a leftover child may hold them open.
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            killed = true;
            process.Kill(entireProcessTree: true);
        }
        await stopping.DisposeAsync().ConfigureAwait(false);
        ProcessGroup.Kill(process.Id);
        await DrainAsync(readers).ConfigureAwait(false);
        if (killed)
            cancellationToken.ThrowIfCancellationRequested();
        return new CommandOutcome(killed ? null : process.ExitCode, stdout, stdoutTail, stderrTail, Volatile.Read(ref stopped) == 1);
    }

    private static async Task DrainAsync(Task readers)
    {
        try
        {
            await readers.WaitAsync(DrainAfterKill).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A descendant outside the group still holds a pipe: report with what was read so far. Disposing the process
            // closes the pipes under the readers; the fault that ends them is observed here, not left unobserved.
            _ = readers.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }
}
