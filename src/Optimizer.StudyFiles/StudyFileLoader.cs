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
        ["name", "parameters", "objectives", "constraints", "evaluator", "budget", "strategy", "max_consecutive_failures", "reference_point", "early_stopping"];

    private const int DefaultMaxConsecutiveFailures = 10;

    /// <summary>Reads and parses the study file at <paramref name="path"/>.</summary>
    public static StudyDefinition Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>
    /// The definition <paramref name="store"/> holds, parsed from its stored text: what every reader of a store (the
    /// viewer, export, plot, status) calls. Errors name <paramref name="storePath"/>, and a relative <c>workdir</c> is
    /// resolved against the store's directory.
    /// </summary>
    public static StudyDefinition Stored(IReadOnlyStudyStore store, string storePath) => Parse(store.DefinitionText, storePath);

    /// <summary>
    /// Parses <paramref name="yamlText"/>. <paramref name="fileName"/> names the file in errors, gives the default
    /// study name (the file name without extension) and the directory a relative <c>workdir</c> is resolved against.
    /// </summary>
    public static StudyDefinition Parse(string yamlText, string fileName) =>
        Parse(yamlText, fileName, Path.GetFileNameWithoutExtension(fileName), Path.GetDirectoryName(Path.GetFullPath(fileName))!);

    /// <summary>
    /// Parses <paramref name="yamlText"/> read elsewhere (a coordinator's study file, received by a worker): errors name
    /// <paramref name="origin"/>, which is never used as a path; a file without <c>name</c> is named <paramref name="defaultName"/>;
    /// a relative <c>workdir</c> is resolved against <paramref name="studyDirectory"/>.
    /// </summary>
    public static StudyDefinition Parse(string yamlText, string origin, string defaultName, string studyDirectory)
    {
        var root = StudyFileMapping.Of(ReadDocument(yamlText, origin), origin, "");
        root.RejectKeysOtherThan(TopLevelKeys);
        var name = ReadName(root, defaultName);
        var space = ParametersSection.Read(root);
        var parameterNames = space.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var objectives = OutcomesSection.ReadObjectives(root, parameterNames);
        var constraints = OutcomesSection.ReadConstraints(root, parameterNames);
        var evaluator = EvaluatorSection.Read(root, parameterNames, studyDirectory);
        var budget = root.RequiredMapping("budget");
        budget.RejectKeysOtherThan("trials");
        var trials = budget.RequiredScalar("trials").ToPositiveInt();
        var maxFailures = root.Scalar("max_consecutive_failures")?.ToPositiveInt() ?? DefaultMaxConsecutiveFailures;
        var numericParameters = space.Parameters.Where(p => p is not CategoricalParameter).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var expressions = OutcomesSection.ReadExpressions(root, numericParameters);
        var reference = OutcomesSection.ReadReferencePoint(root, objectives);
        var earlyStopping = EarlyStoppingSection.Read(root, objectives, expressions.Keys.ToHashSet(StringComparer.Ordinal));
        return new StudyDefinition(name, space, objectives, constraints, evaluator, trials, ReadStrategy(root), maxFailures, expressions, reference,
            earlyStopping);
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

    private static string ReadName(StudyFileMapping root, string defaultName)
    {
        var name = root.Scalar("name");
        var text = name?.Text ?? defaultName;
        if (!StudyDefinition.IsUsableName(text))
            throw name?.Error($"'{text}' cannot name a study (it becomes a file name)")
                  ?? root.Error("name", "required: the file name gives no usable default");
        return text;
    }

    private static StrategyDefinition ReadStrategy(StudyFileMapping root)
    {
        var strategy = root.Mapping("strategy");
        if (strategy is null)
            return new StrategyDefinition();
        strategy.RejectKeysOtherThan("kind", "initial_trials", "pending");
        var kind = strategy.Scalar("kind");
        if (kind is not null && !StrategyDefinition.Kinds.Contains(kind.Text))
            throw kind.Error($"unknown strategy kind '{kind.Text}'; expected one of: {string.Join(", ", StrategyDefinition.Kinds)}");
        var pending = strategy.Scalar("pending");
        if (pending is not null && !StrategyDefinition.PendingNames.ContainsKey(pending.Text))
            throw pending.Error($"unknown pending treatment '{pending.Text}'; expected one of: {string.Join(", ", StrategyDefinition.PendingNames.Keys)}");
        return new StrategyDefinition(
            kind?.Text ?? StrategyDefinition.Auto, strategy.Scalar("initial_trials")?.ToPositiveInt(), pending is null ? null : StrategyDefinition.PendingNames[pending.Text]);
    }
}
