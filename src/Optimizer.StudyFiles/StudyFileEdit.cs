using YamlDotNet.RepresentationModel;

namespace Optimizer.StudyFiles;

/// <summary>
/// Whether an edited study file may resume a stored study: edits to how the study is run (budget, timeout,
/// environment, failure limit, strategy, reference point) are accepted; edits to what was measured (name, parameters,
/// objectives, constraints, command, working directory) would mix two studies in one file and are refused. Comments
/// and layout never count.
/// </summary>
public static class StudyFileEdit
{
    private static readonly string[] AcceptedFields =
        ["budget", "max_consecutive_failures", "strategy", "reference_point", "evaluator.timeout", "evaluator.env"];

    /// <summary>
    /// The path of the first field (<c>parameters[1].high</c>, <c>evaluator.command</c>) whose value differs in a way
    /// that changes what the trials measured; null when the edit may resume the study. Both texts must be YAML.
    /// </summary>
    public static string? FirstMeasuredChange(string storedText, string editedText) =>
        Difference(Root(storedText), Root(editedText), "");

    private static YamlNode? Root(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static string? Difference(YamlNode? stored, YamlNode? edited, string path)
    {
        if (AcceptedFields.Contains(path))
            return null;
        switch (stored, edited)
        {
            case (YamlScalarNode a, YamlScalarNode b):
                return a.Value == b.Value ? null : Named(path);
            case (YamlSequenceNode a, YamlSequenceNode b):
                for (var i = 0; i < Math.Max(a.Children.Count, b.Children.Count); i++)
                {
                    if (i >= a.Children.Count || i >= b.Children.Count)
                        return Named(path);
                    if (Difference(a.Children[i], b.Children[i], $"{path}[{i}]") is { } inner)
                        return inner;
                }
                return null;
            case (YamlMappingNode a, YamlMappingNode b):
                foreach (var key in Keys(a).Union(Keys(b), StringComparer.Ordinal))
                {
                    var field = path.Length == 0 ? key : $"{path}.{key}";
                    if (Difference(Child(a, key), Child(b, key), field) is { } inner)
                        return inner;
                }
                return null;
            case (null, null):
                return null;
            default:
                return Named(path);
        }
    }

    private static IEnumerable<string> Keys(YamlMappingNode mapping) =>
        mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(e => e.Key is YamlScalarNode k && k.Value == key).Value;

    private static string Named(string path) => path.Length == 0 ? "the whole file" : path;
}
