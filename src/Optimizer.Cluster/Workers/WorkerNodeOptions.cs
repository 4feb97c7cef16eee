using Akka.Actor;
using Optimizer.Cluster.Admission;

namespace Optimizer.Cluster.Workers;

/// <summary>
/// A worker node: its <paramref name="Name"/> (recorded on each trial it runs; slots of a node with several are named
/// <c>NAME/1</c> .. <c>NAME/N</c>), how many evaluations it runs at once, the study's secret and the coordinator's node.
/// </summary>
public sealed record WorkerNodeOptions(string Name, int Slots, StudySecret Secret, Address Coordinator)
{
    public WorkerSettings Worker { get; init; } = new();

    /// <summary>How often an unanswered admission request is sent again.</summary>
    public TimeSpan AdmissionRetry { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The name a slot records on its trials.</summary>
    public string SlotName(int slot) => Slots == 1 ? Name : $"{Name}/{slot}";
}
