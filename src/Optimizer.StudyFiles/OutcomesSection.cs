using Optimizer.Core.Expressions;
using Optimizer.Core.Outcomes;

namespace Optimizer.StudyFiles;

/// <summary>Reads the <c>objectives</c> and <c>constraints</c> lists of a study file: the metrics an evaluation reports.</summary>
internal static class OutcomesSection
{
    /// <summary>
    /// The <c>expression</c> fields of objectives and constraints, by metric name, parsed against the numeric parameters;
    /// an error names the field and the character.
    /// </summary>
    public static IReadOnlyDictionary<string, MetricExpression> ReadExpressions(StudyFileMapping root, IReadOnlySet<string> numericParameters)
    {
        var expressions = new Dictionary<string, MetricExpression>(StringComparer.Ordinal);
        foreach (var entry in root.MappingItems("objectives").Concat(root.MappingItems("constraints")))
        {
            if (entry.Scalar("expression") is not { } text) continue;
            try
            {
                expressions[entry.RequiredName("name").Text] = MetricExpression.Parse(text.Text, numericParameters);
            }
            catch (ExpressionException e)
            {
                throw text.Error($"invalid expression: {e.Message}");
            }
        }
        return expressions;
    }

    /// <summary>
    /// The optional <c>reference_point</c> mapping (objective name to value in that objective's direction), in
    /// objective order; null when absent. Every objective needs a value.
    /// </summary>
    public static IReadOnlyList<double>? ReadReferencePoint(StudyFileMapping root, IReadOnlyList<Objective> objectives)
    {
        var mapping = root.Mapping("reference_point");
        if (mapping is null) return null;
        mapping.RejectKeysOtherThan(objectives.Select(o => o.Name).ToArray());
        return objectives.Select(o => (mapping.Scalar(o.Name) ?? throw mapping.Error($"a value for objective '{o.Name}' is required")).ToNumber()).ToArray();
    }

    public static IReadOnlyList<Objective> ReadObjectives(StudyFileMapping root, IReadOnlySet<string> parameterNames)
    {
        var entries = root.MappingItems("objectives");
        if (entries.Count == 0)
            throw root.Error("objectives", "at least one objective is required, e.g. objectives: [{name: loss, direction: minimize}]");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var objectives = entries.Select(entry =>
        {
            entry.RejectKeysOtherThan("name", "direction", "expression", "noise_sd", "noise_sd_metric");
            var name = MetricName(entry, "objective", parameterNames, seen);
            var direction = entry.RequiredScalar("direction");
            return new Objective(name, direction.Text switch
            {
                "minimize" => ObjectiveDirection.Minimize,
                "maximize" => ObjectiveDirection.Maximize,
                _ => throw direction.Error($"unknown direction '{direction.Text}'; expected minimize or maximize"),
            })
            {
                NoiseSd = entry.Scalar("noise_sd") is { } noise ? ToNoiseSd(noise, entry.Scalar("expression") is not null) : null,
                NoiseSdMetric = entry.Scalar("noise_sd_metric") is null ? null : ToNoiseSdMetric(entry, parameterNames),
            };
        }).ToArray();
        foreach (var (entry, objective) in entries.Zip(objectives))
            if (objective.NoiseSdMetric is { } metric && seen.Contains(metric))
                throw entry.RequiredName("noise_sd_metric").Error($"'{metric}' is an objective; the error metric needs a name of its own");
        return objectives;
    }

    public static IReadOnlyList<OutcomeConstraint> ReadConstraints(StudyFileMapping root, IReadOnlySet<string> parameterNames)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return root.MappingItems("constraints").Select(entry =>
        {
            entry.RejectKeysOtherThan("name", "min", "max", "expression");
            var name = MetricName(entry, "constraint", parameterNames, seen);
            var min = entry.Scalar("min")?.ToNumber();
            var max = entry.Scalar("max")?.ToNumber();
            if (min is null && max is null)
                throw entry.Error("a constraint needs min, max or both");
            if (min > max)
                throw entry.Error("min", $"empty range: min ({min}) must not exceed max ({max})");
            return new OutcomeConstraint(name, min, max);
        }).ToArray();
    }

    private static double ToNoiseSd(StudyFileScalar scalar, bool hasExpression)
    {
        if (hasExpression)
            throw scalar.Error("an objective with an expression is computed exactly, so it has no noise; drop noise_sd or the expression");
        var value = scalar.ToNumber();
        return value > 0 ? value : throw scalar.Error($"the noise's standard deviation must be positive, got {value}; leave noise_sd out to have it fitted");
    }

    private static string ToNoiseSdMetric(StudyFileMapping entry, IReadOnlySet<string> parameterNames)
    {
        var metric = entry.RequiredName("noise_sd_metric");
        if (entry.Scalar("noise_sd") is not null)
            throw metric.Error("noise_sd states one noise level for every trial and noise_sd_metric names each trial's own; keep one of them");
        if (entry.Scalar("expression") is not null)
            throw metric.Error("an objective with an expression is computed exactly, so it has no error; drop noise_sd_metric or the expression");
        if (parameterNames.Contains(metric.Text))
            throw metric.Error($"'{metric.Text}' is a parameter name; the error metric needs a name of its own");
        return metric.Text;
    }

    // A metric named like a parameter would make results and parameters ambiguous in every export and plot.
    private static string MetricName(StudyFileMapping entry, string kind, IReadOnlySet<string> parameterNames, HashSet<string> seen)
    {
        var name = entry.RequiredName("name");
        if (parameterNames.Contains(name.Text))
            throw name.Error($"'{name.Text}' is already a parameter name; the {kind} needs a name of its own");
        if (!seen.Add(name.Text))
            throw name.Error($"duplicate {kind} name '{name.Text}'");
        return name.Text;
    }
}
