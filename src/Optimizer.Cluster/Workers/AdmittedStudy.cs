namespace Optimizer.Cluster.Workers;

/// <summary>
/// What a worker node learns on admission, from a coordinator that proved the study's secret: the study file's text,
/// from which it builds its evaluator, and the identity of the coordinator's store, which names its trial directories
/// (<see cref="Evaluators.StudyTrialsRoot"/>).
/// </summary>
public sealed record AdmittedStudy(string DefinitionText, string StudyId);
