using System.Runtime.InteropServices;

namespace Optimizer.Cli.Commands;

/// <summary>
/// Turns the first Ctrl-C (SIGINT) or SIGTERM into a clean stop; a second one is left to end the process at once.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private const string DefaultMessage = "stopping: cancelling evaluations and recording running trials as interrupted (again to kill)";

    private readonly Action _stop;
    private readonly string _message;
    private readonly PosixSignalRegistration _terminate;
    private int _received;

    /// <param name="message">what the first signal prints on stderr.</param>
    public StopSignals(Action stop, string message = DefaultMessage)
    {
        _stop = stop;
        _message = message;
        Console.CancelKeyPress += OnCancelKeyPress;
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => context.Cancel = Stop());
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _terminate.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e) => e.Cancel = Stop();

    // True (keep the process alive) only for the first signal.
    private bool Stop()
    {
        if (Interlocked.Increment(ref _received) != 1)
            return false;
        Console.Error.WriteLine(_message);
        _stop();
        return true;
    }
}
