using Akka.Actor;
using Akka.Dispatch;
using Akka.Event;

namespace Optimizer.Cluster.Hosting;

/// <summary>
/// Akka logger that writes to stderr, one line per event (see <see cref="ClusterLogLines"/>): stdout belongs to the
/// command line's output.
/// </summary>
public sealed class StandardErrorLogger : ReceiveActor, IRequiresMessageQueue<ILoggerMessageQueueSemantics>
{
    private readonly ClusterLogLines _lines = new();

    public StandardErrorLogger()
    {
        Receive<InitializeLogger>(_ => Sender.Tell(new LoggerInitialized()));
        Receive<LogEvent>(e =>
        {
            if (_lines.Line(e.Message?.ToString() ?? "", e.Cause) is { } line)
                Console.Error.WriteLine($"{LevelName(e.LogLevel())}: {line}");
        });
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.ErrorLevel => "error",
        LogLevel.WarningLevel => "warning",
        LogLevel.InfoLevel => "info",
        _ => "debug",
    };
}
