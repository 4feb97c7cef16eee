using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Live;

/// <summary>
/// The study as the viewer last read it; <see cref="Version"/> grows by one each time the store changed.
/// <see cref="Intermediate"/>: each trial's intermediate reports (<see cref="CurrentAttemptReports"/>).
/// </summary>
internal sealed record StudySnapshot(long Version, StudyDefinition Definition, IReadOnlyList<Trial> Trials,
    IReadOnlyDictionary<int, IReadOnlyList<IntermediateReport>> Intermediate);
