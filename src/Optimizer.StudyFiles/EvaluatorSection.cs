using Optimizer.Core.Studies;

namespace Optimizer.StudyFiles;

/// <summary>Reads the <c>evaluator</c> mapping of a study file.</summary>
internal static class EvaluatorSection
{
    /// <summary>The section, or <see cref="EvaluatorDefinition.None"/> when the study file has none (asked and told by a script).</summary>
    /// <param name="root">The study file's root mapping.</param>
    /// <param name="parameterNames">Names a command placeholder may refer to.</param>
    /// <param name="studyDirectory">Directory a relative <c>workdir</c> is resolved against.</param>
    public static EvaluatorDefinition Read(StudyFileMapping root, IReadOnlySet<string> parameterNames, string studyDirectory)
    {
        if (root.Mapping("evaluator") is not { } evaluator)
            return EvaluatorDefinition.None;
        evaluator.RejectKeysOtherThan("command", "timeout", "workdir", "env");
        var command = evaluator.ScalarItems("command");
        if (command.Count == 0)
            throw evaluator.Error("command", "required: the program and its arguments as a list, e.g. [python3, train.py, --lr, \"{lr}\"]");
        foreach (var argument in command)
            CheckPlaceholders(argument, parameterNames);
        var workdir = evaluator.Scalar("workdir")?.Text;
        return new EvaluatorDefinition(
            command.Select(a => a.Text).ToArray(),
            ReadTimeout(evaluator.Scalar("timeout")),
            workdir is null ? null : Path.GetFullPath(workdir, studyDirectory),
            ReadEnvironment(evaluator.Mapping("env")))
        {
            CommandLines = command.Select(a => a.Line).ToArray(),
        };
    }

    private static void CheckPlaceholders(StudyFileScalar argument, IReadOnlySet<string> parameterNames)
    {
        try
        {
            CommandTemplate.Render(argument.Text, name => parameterNames.Contains(name)
                ? name
                : throw argument.Error($"placeholder '{{{name}}}' names no parameter; known: {string.Join(", ", parameterNames)} ('{{{{' for a literal brace)"));
        }
        catch (FormatException e)
        {
            throw argument.Error(e.Message);
        }
    }

    private static TimeSpan? ReadTimeout(StudyFileScalar? timeout)
    {
        if (timeout is null)
            return null;
        if (!Duration.TryParse(timeout.Text, out var duration) || duration <= TimeSpan.Zero)
            throw timeout.Error($"'{timeout.Text}' is not a positive duration; write e.g. 90s, 30m, 2h, 1h30m or a number of seconds");
        return duration;
    }

    private static IReadOnlyDictionary<string, string> ReadEnvironment(StudyFileMapping? env)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (env is null)
            return variables;
        foreach (var (name, value) in env.ScalarEntries())
        {
            if (name.Length == 0 || name.Contains('='))
                throw value.Error($"'{name}' is not a valid environment variable name");
            variables[name] = value.Text;
        }
        return variables;
    }
}
