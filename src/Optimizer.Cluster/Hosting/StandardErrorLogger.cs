using Akka.Actor;
using Akka.Dispatch;
using Akka.Event;

namespace Optimizer.Cluster.Hosting;

/// <summary>Akka logger that writes to stderr, one line per event: stdout belongs to the command line's output.</summary>
public sealed class StandardErrorLogger : ReceiveActor, IRequiresMessageQueue<ILoggerMessageQueueSemantics>
{
    public StandardErrorLogger()
    {
        Receive<InitializeLogger>(_ => Sender.Tell(new LoggerInitialized()));
        Receive<LogEvent>(e => Console.Error.WriteLine(
            e.Cause is null ? $"{LevelName(e.LogLevel())}: {e.Message}" : $"{LevelName(e.LogLevel())}: {e.Message}: {e.Cause.Message}"));
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.ErrorLevel => "error",
        LogLevel.WarningLevel => "warning",
        LogLevel.InfoLevel => "info",
        _ => "debug",
    };
}
