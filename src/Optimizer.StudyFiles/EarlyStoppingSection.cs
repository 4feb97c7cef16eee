using Optimizer.Core.Outcomes;
using Optimizer.Core.Studies;

namespace Optimizer.StudyFiles;

/// <summary>Reads the <c>early_stopping</c> mapping of a study file.</summary>
internal static class EarlyStoppingSection
{
    /// <summary>The section, or <see cref="EarlyStoppingDefinition.Off"/> when the file has none.</summary>
    /// <param name="root">The study file's root mapping.</param>
    /// <param name="objectives">The study's objectives: early stopping follows the one objective.</param>
    /// <param name="closedForms">Metrics computed from the parameters, which no training reports.</param>
    public static EarlyStoppingDefinition Read(StudyFileMapping root, IReadOnlyList<Objective> objectives, IReadOnlySet<string> closedForms)
    {
        if (root.Mapping("early_stopping") is not { } section)
            return EarlyStoppingDefinition.Off;
        section.RejectKeysOtherThan("kind", "min_step", "max_step", "reduction_factor", "grace");
        var kind = section.RequiredScalar("kind");
        if (!EarlyStoppingDefinition.Kinds.Contains(kind.Text))
            throw kind.Error($"unknown early stopping kind '{kind.Text}'; expected one of: {string.Join(", ", EarlyStoppingDefinition.Kinds)}");
        if (kind.Text != EarlyStoppingDefinition.None && objectives.Count != 1)
            throw kind.Error($"early stopping follows one objective, and this study has {objectives.Count} " +
                             $"({string.Join(", ", objectives.Select(o => o.Name))}); use kind: none or a single objective");
        if (kind.Text != EarlyStoppingDefinition.None && closedForms.Contains(objectives[0].Name))
            throw kind.Error($"the objective '{objectives[0].Name}' is an expression of the parameters: no training reports it step by step");
        var minStep = section.Scalar("min_step")?.ToPositiveInt() ?? 1;
        var maxStep = section.Scalar("max_step") is { } max ? max.ToPositiveInt() : (int?)null;
        if (maxStep < minStep)
            throw section.Error("max_step", $"must be at least min_step ({minStep}), got {maxStep}");
        var factor = section.Scalar("reduction_factor");
        if (factor is not null && kind.Text != EarlyStoppingDefinition.Asha)
            throw factor.Error($"only kind: asha has a reduction factor, not {kind.Text}");
        var reduction = factor?.ToPositiveInt() ?? 3;
        if (reduction < 2)
            throw factor!.Error($"must be at least 2 (each rung keeps 1 in reduction_factor trials), got {reduction}");
        return new EarlyStoppingDefinition(kind.Text, minStep, maxStep, reduction, ReadGrace(section.Scalar("grace")));
    }

    private static TimeSpan? ReadGrace(StudyFileScalar? grace)
    {
        if (grace is null)
            return null;
        if (!Duration.TryParse(grace.Text, out var duration) || duration <= TimeSpan.Zero || duration > TimeSpan.FromHours(1))
            throw grace.Error($"'{grace.Text}' is not a duration between 0 and 1h; write e.g. 10s, 30s or 2m");
        return duration;
    }
}
