using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Coordination;

namespace Optimizer.Cluster.Hosting;

/// <summary>
/// A coordinator in cluster mode: where it listens (the seed node workers join), how nodes reach it (TLS with the
/// study's certificate, or plain TCP), the study's secret for admission, the identity of its store (<c>meta.study_id</c>,
/// sent to admitted workers to name their trial directories), the study file's name (<paramref name="StudyFile"/>,
/// without its directory: admitted workers name it in their errors), its settings.
/// </summary>
public sealed record ClusterCoordinatorOptions(
    NodeEndpoint Listen, ClusterTransport Transport, StudySecret Secret, string StudyId, string StudyFile, CoordinatorSettings Coordinator)
{
    /// <summary>How long leaving the cluster may take once the study has ended (workers have been told to stop).</summary>
    public TimeSpan LeaveTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
