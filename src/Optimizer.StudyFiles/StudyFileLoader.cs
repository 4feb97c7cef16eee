using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Optimizer.StudyFiles;

/// <summary>
/// Reads a study file (YAML, schema on the architecture page) into a validated <see cref="StudyDefinition"/>.
/// Every problem is reported as a <see cref="StudyDefinitionException"/> naming the file, the line and the field;
/// unknown keys are errors, so a typo never silently drops a setting. List indices in field paths start at 0.
/// </summary>
public static class StudyFileLoader
{
    private static readonly string[] TopLevelKeys =
        ["name", "parameters", "objectives", "constraints", "evaluator", "budget", "strategy", "max_consecutive_failures", "reference_point"];

    private const int DefaultMaxConsecutiveFailures = 10;

    /// <summary>Reads and parses the study file at <paramref name="path"/>.</summary>
    public static StudyDefinition Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>
    /// Parses <paramref name="yamlText"/>. <paramref name="fileName"/> names the file in errors, gives the default
    /// study name (the file name without extension) and the directory a relative <c>workdir</c> is resolved against.
    /// </summary>
    public static StudyDefinition Parse(string yamlText, string fileName)
    {
        var root = StudyFileMapping.Of(ReadDocument(yamlText, fileName), fileName, "");
        root.RejectKeysOtherThan(TopLevelKeys);
        var name = ReadName(root, fileName);
        var space = ParametersSection.Read(root);
        var parameterNames = space.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var objectives = OutcomesSection.ReadObjectives(root, parameterNames);
        var constraints = OutcomesSection.ReadConstraints(root, parameterNames);
        var studyDirectory = Path.GetDirectoryName(Path.GetFullPath(fileName))!;
        var evaluator = EvaluatorSection.Read(root, parameterNames, studyDirectory);
        var budget = root.RequiredMapping("budget");
        budget.RejectKeysOtherThan("trials");
        var trials = budget.RequiredScalar("trials").ToPositiveInt();
        var maxFailures = root.Scalar("max_consecutive_failures")?.ToPositiveInt() ?? DefaultMaxConsecutiveFailures;
        var numericParameters = space.Parameters.Where(p => p is not CategoricalParameter).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var expressions = OutcomesSection.ReadExpressions(root, numericParameters);
        var reference = OutcomesSection.ReadReferencePoint(root, objectives);
        return new StudyDefinition(name, space, objectives, constraints, evaluator, trials, ReadStrategy(root), maxFailures, expressions, reference);
    }

    private static YamlNode ReadDocument(string yamlText, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (Exception e) when ((e is YamlException or InvalidOperationException) && UnclosedBracket.Find(yamlText) is { } unclosed)
        {
            var closing = unclosed.Bracket == '{' ? '}' : ']';
            throw new StudyDefinitionException(fileName, unclosed.Line, null,
                $"malformed YAML: the '{unclosed.Bracket}' opened on this line is never closed; add '{closing}' at the end of its entries");
        }
        catch (YamlException e)
        {
            // YamlDotNet prefixes its message with the location, which the exception states already.
            var reason = e.InnerException?.Message ?? e.Message;
            var located = reason.IndexOf("): ", StringComparison.Ordinal);
            throw new StudyDefinitionException(fileName, (int)e.Start.Line, null,
                $"malformed YAML: {(reason.StartsWith("(Line", StringComparison.Ordinal) && located > 0 ? reason[(located + 3)..] : reason)}");
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports some unterminated flow collections this way, without a location.
            throw new StudyDefinitionException(fileName, 1 + yamlText.Count(c => c == '\n'), null, $"malformed YAML: {e.Message}");
        }
        return stream.Documents.Count switch
        {
            0 => throw new StudyDefinitionException(fileName, 1, null, "the file is empty"),
            1 => stream.Documents[0].RootNode,
            _ => throw new StudyDefinitionException(fileName, (int)stream.Documents[1].RootNode.Start.Line, null,
                "a study file holds one YAML document, found several"),
        };
    }

    private static string ReadName(StudyFileMapping root, string fileName)
    {
        var name = root.Scalar("name");
        var text = name?.Text ?? Path.GetFileNameWithoutExtension(fileName);
        if (string.IsNullOrWhiteSpace(text) || text.IndexOfAny(['/', '\\', '\0']) >= 0 || text is "." or "..")
            throw name?.Error($"'{text}' cannot name a study (it becomes a file name)")
                  ?? root.Error("name", "required: the file name gives no usable default");
        return text;
    }

    private static StrategyDefinition ReadStrategy(StudyFileMapping root)
    {
        var strategy = root.Mapping("strategy");
        if (strategy is null)
            return new StrategyDefinition();
        strategy.RejectKeysOtherThan("kind", "initial_trials");
        var kind = strategy.Scalar("kind");
        if (kind is not null && !StrategyDefinition.Kinds.Contains(kind.Text))
            throw kind.Error($"unknown strategy kind '{kind.Text}'; expected one of: {string.Join(", ", StrategyDefinition.Kinds)}");
        return new StrategyDefinition(kind?.Text ?? StrategyDefinition.Auto, strategy.Scalar("initial_trials")?.ToPositiveInt());
    }
}
