namespace Optimizer.Core.Studies;

/// <summary>
/// What a reader of a study store (the viewer, an export) may see: the definition, the trials, their intermediate
/// reports, and whether anything changed since it last looked. Nothing here writes.
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
    /// A number that differs from the one the previous call returned whenever a change has been committed to the store
    /// since, by this or another process: a cheap poll before re-reading the trials.
    /// </summary>
    long ChangeStamp();
}
