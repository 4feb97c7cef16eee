using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Workers;

namespace Optimizer.Cluster.Hosting;

/// <summary>An embedded run: <paramref name="Workers"/> local slots, the coordinator's and the workers' settings.</summary>
public sealed record EmbeddedStudyOptions(int Workers, CoordinatorSettings Coordinator)
{
    public WorkerSettings Worker { get; init; } = new();

    /// <summary>How long a stopping worker may take to end its evaluation (kill its process tree) before the system goes down.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
