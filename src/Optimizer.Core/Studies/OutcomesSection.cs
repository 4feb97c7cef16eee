namespace Optimizer.Core.Studies;

/// <summary>Reads the <c>objectives</c> and <c>constraints</c> lists of a study file: the metrics an evaluation reports.</summary>
internal static class OutcomesSection
{
    public static IReadOnlyList<Objective> ReadObjectives(StudyFileMapping root, IReadOnlySet<string> parameterNames)
    {
        var entries = root.MappingItems("objectives");
        if (entries.Count == 0)
            throw root.Error("objectives", "at least one objective is required, e.g. objectives: [{name: loss, direction: minimize}]");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return entries.Select(entry =>
        {
            entry.RejectKeysOtherThan("name", "direction");
            var name = MetricName(entry, "objective", parameterNames, seen);
            var direction = entry.RequiredScalar("direction");
            return new Objective(name, direction.Text switch
            {
                "minimize" => ObjectiveDirection.Minimize,
                "maximize" => ObjectiveDirection.Maximize,
                _ => throw direction.Error($"unknown direction '{direction.Text}'; expected minimize or maximize"),
            });
        }).ToArray();
    }

    public static IReadOnlyList<OutcomeConstraint> ReadConstraints(StudyFileMapping root, IReadOnlySet<string> parameterNames)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return root.MappingItems("constraints").Select(entry =>
        {
            entry.RejectKeysOtherThan("name", "min", "max");
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

    // A metric named like a parameter would make results and parameters ambiguous in every export and plot.
    private static string MetricName(StudyFileMapping entry, string kind, IReadOnlySet<string> parameterNames, HashSet<string> seen)
    {
        var name = entry.RequiredScalar("name");
        if (parameterNames.Contains(name.Text))
            throw name.Error($"'{name.Text}' is already a parameter name; the {kind} needs a name of its own");
        if (!seen.Add(name.Text))
            throw name.Error($"duplicate {kind} name '{name.Text}'");
        return name.Text;
    }
}
