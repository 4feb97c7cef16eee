namespace Optimizer.Cli.Tests;

/// <summary>
/// The set-up of every test of a study run by real <c>optimizer coordinator</c> and <c>optimizer worker</c> processes:
/// a study directory, the processes of its cluster and how long a study may take; the processes are stopped and the
/// directory deleted afterwards.
/// </summary>
public abstract class ClusterStudyTests : IDisposable
{
    protected static readonly TimeSpan StudyTimeout = TimeSpan.FromSeconds(90);

    private protected ClusterStudyTests() => Cluster = new ClusterProcesses(Study);

    private protected StudyDirectory Study { get; } = new();

    private protected ClusterProcesses Cluster { get; }

    public void Dispose()
    {
        Cluster.Dispose();
        Study.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The last line a process wrote, as a person reads it at the end of its log.</summary>
    protected static string LastLine(string text) => text.TrimEnd().Split('\n')[^1].TrimEnd('\r');
}
