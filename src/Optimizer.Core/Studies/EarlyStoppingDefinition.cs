namespace Optimizer.Core.Studies;

/// <summary>
/// The study file's <c>early_stopping</c> section: which rule stops hopeless trials (<c>asha</c>, <c>median</c> or
/// <c>none</c>), from which step it may, the last step a trial runs to (<c>OPTIMIZER_MAX_STEP</c>; null: the
/// evaluator's own), ASHA's reduction factor, and how long a stopped evaluator has between SIGTERM and SIGKILL.
/// </summary>
public sealed record EarlyStoppingDefinition(
    string Kind = EarlyStoppingDefinition.None,
    int MinStep = 1,
    int? MaxStep = null,
    int ReductionFactor = 3,
    TimeSpan? Grace = null)
{
    public const string Asha = "asha";
    public const string Median = "median";
    public const string None = "none";

    public static readonly IReadOnlyList<string> Kinds = [Asha, Median, None];

    /// <summary>No early stopping: every trial runs to its end.</summary>
    public static readonly EarlyStoppingDefinition Off = new();

    /// <summary>SIGTERM to SIGKILL for a stopped evaluator.</summary>
    public TimeSpan GracePeriod => Grace ?? TimeSpan.FromSeconds(10);

    public bool IsEnabled => Kind != None;
}
