using Optimizer.Core.Space;

namespace Optimizer.StudyFiles;

/// <summary>Reads the <c>parameters</c> list of a study file into a validated <see cref="SearchSpace"/>.</summary>
internal static class ParametersSection
{
    private static readonly string[] NumericKeys = ["name", "type", "low", "high", "log"];
    private static readonly string[] CategoricalKeys = ["name", "type", "choices"];
    private static readonly string[] AnyKeys = [.. NumericKeys.Union(CategoricalKeys)];

    public static SearchSpace Read(StudyFileMapping root)
    {
        var entries = root.MappingItems("parameters");
        if (entries.Count == 0)
            throw root.Error("parameters", "at least one parameter is required");
        var parameters = new List<Parameter>(entries.Count);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = entry.RequiredScalar("name");
            if (!firstLine.TryAdd(name.Text, name.Line))
                throw name.Error($"duplicate parameter name '{name.Text}' (first defined on line {firstLine[name.Text]})");
            parameters.Add(ReadOne(entry, name.Text));
        }
        return new SearchSpace(parameters);
    }

    private static Parameter ReadOne(StudyFileMapping entry, string name)
    {
        // A misspelt key (tpye) is named before the key it was meant to be is reported missing.
        entry.RejectKeysOtherThan(AnyKeys);
        var type = entry.RequiredScalar("type");
        var (parameter, faultField) = type.Text switch
        {
            "float" => (ReadFloat(entry, name), "low"),
            "int" => (ReadInt(entry, name), "low"),
            "categorical" => (ReadCategorical(entry, name), "choices"),
            _ => throw type.Error($"unknown parameter type '{type.Text}'; expected float, int or categorical"),
        };
        try
        {
            parameter.Validate();
        }
        catch (SearchSpaceException e)
        {
            throw entry.Error(faultField, $"parameter '{name}': {e.Reason}");
        }
        return parameter;
    }

    private static Parameter ReadFloat(StudyFileMapping entry, string name)
    {
        entry.RejectKeysOtherThan(NumericKeys);
        return new FloatParameter(name,
            entry.RequiredScalar("low").ToNumber(),
            entry.RequiredScalar("high").ToNumber(),
            entry.Scalar("log")?.ToBoolean() ?? false);
    }

    private static Parameter ReadInt(StudyFileMapping entry, string name)
    {
        entry.RejectKeysOtherThan(NumericKeys);
        return new IntParameter(name,
            entry.RequiredScalar("low").ToInteger(),
            entry.RequiredScalar("high").ToInteger(),
            entry.Scalar("log")?.ToBoolean() ?? false);
    }

    private static Parameter ReadCategorical(StudyFileMapping entry, string name)
    {
        entry.RejectKeysOtherThan(CategoricalKeys);
        return new CategoricalParameter(name, entry.ScalarItems("choices").Select(c => c.Text).ToArray());
    }
}
