using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Live;

/// <summary>The study as the viewer last read it; <see cref="Version"/> grows by one each time the store changed.</summary>
internal sealed record StudySnapshot(long Version, StudyDefinition Definition, IReadOnlyList<Trial> Trials);
