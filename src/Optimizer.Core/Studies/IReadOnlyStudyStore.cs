namespace Optimizer.Core.Studies;

/// <summary>
/// What a reader of a study store (the viewer, an export) may see: the definition, the trials, their intermediate
/// reports, their evaluators' output, and whether anything changed since it last looked. Nothing here writes.
/// </summary>
public interface IReadOnlyStudyStore : IDisposable
{
    /// <summary>The study definition's source text (the YAML file as it was when the study was created).</summary>
    string DefinitionText { get; }

    /// <summary>Every trial, ordered by number.</summary>
    IReadOnlyList<Trial> Trials();

    /// <summary>Every intermediate report of the trial, by attempt and step.</summary>
    IReadOnlyList<IntermediateReport> IntermediateReports(int number);

    /// <summary>
    /// Every intermediate report of every trial in the order the store first recorded them (a step reported again with
    /// the same values keeps its place): the order in which early stopping saw them.
    /// </summary>
    IReadOnlyList<TrialReport> AllIntermediateReports();

    /// <summary>What the latest attempt of the trial that has a record wrote to stdout and stderr; null when none has.</summary>
    TrialOutput? Output(int number);

    /// <summary>
    /// A number that differs from the one the previous call returned whenever a change has been committed to the store
    /// since, by this or another process: a cheap poll before re-reading the trials.
    /// </summary>
    long ChangeStamp();
}
