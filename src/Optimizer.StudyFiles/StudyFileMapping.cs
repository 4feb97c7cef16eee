using Optimizer.Core.Studies;
using YamlDotNet.RepresentationModel;

namespace Optimizer.StudyFiles;

/// <summary>
/// A mapping of a study file together with its field path (<c>parameters[0]</c>, <c>evaluator</c>), so that every
/// value read from it, and every error about it, carries the file, the line and the field.
/// </summary>
internal sealed class StudyFileMapping
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    private StudyFileMapping(YamlMappingNode node, string file, string path)
    {
        File = file;
        Path = path;
        Line = LineOf(node);
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalarKey)
                throw new StudyDefinitionException(file, LineOf(key), NullIfEmpty(path), "keys must be plain names");
            if (!_entries.TryAdd(name, (scalarKey, value)))
                throw new StudyDefinitionException(file, LineOf(key), FieldOf(name), $"'{name}' is given twice");
        }
    }

    public string File { get; }

    /// <summary>The field path of this mapping; empty for the document root.</summary>
    public string Path { get; }

    public int Line { get; }

    public static StudyFileMapping Of(YamlNode node, string file, string path) =>
        node is YamlMappingNode mapping
            ? new StudyFileMapping(mapping, file, path)
            : throw new StudyDefinitionException(file, LineOf(node), NullIfEmpty(path), "expected a mapping of keys to values");

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public string FieldOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>Rejects any key not in <paramref name="known"/>, suggesting the nearest known one (a typo must not pass silently).</summary>
    public void RejectKeysOtherThan(params string[] known)
    {
        foreach (var (name, (key, _)) in _entries)
        {
            if (known.Contains(name))
                continue;
            var suggestion = KeySuggestion.Nearest(name, known) is { } near ? $"did you mean '{near}'? " : "";
            throw new StudyDefinitionException(File, LineOf(key), FieldOf(name),
                $"unknown key; {suggestion}expected one of: {string.Join(", ", known)}");
        }
    }

    public StudyDefinitionException Error(string reason) => new(File, Line, NullIfEmpty(Path), reason);

    /// <summary>An error about <paramref name="key"/>, at its value's line when present, else at this mapping's line.</summary>
    public StudyDefinitionException Error(string key, string reason) =>
        new(File, _entries.TryGetValue(key, out var entry) ? LineOf(entry.Value) : Line, FieldOf(key), reason);

    /// <summary>The scalar under <paramref name="key"/>; null when absent or written as null.</summary>
    public StudyFileScalar? Scalar(string key)
    {
        var node = Value(key);
        return node is null ? null : ScalarOf(node, FieldOf(key));
    }

    public StudyFileScalar RequiredScalar(string key) => Scalar(key) ?? throw Error(key, "required");

    public StudyFileMapping? Mapping(string key)
    {
        var node = Value(key);
        return node is null ? null : Of(node, File, FieldOf(key));
    }

    public StudyFileMapping RequiredMapping(string key) => Mapping(key) ?? throw Error(key, "required");

    /// <summary>The mappings listed under <paramref name="key"/> (empty when absent), with paths <c>key[i]</c>.</summary>
    public IReadOnlyList<StudyFileMapping> MappingItems(string key) =>
        Items(key).Select((node, i) => Of(node, File, $"{FieldOf(key)}[{i}]")).ToArray();

    /// <summary>The scalars listed under <paramref name="key"/> (empty when absent), with fields <c>key[i]</c>.</summary>
    public IReadOnlyList<StudyFileScalar> ScalarItems(string key) =>
        Items(key).Select((node, i) => ScalarOf(node, $"{FieldOf(key)}[{i}]")).ToArray();

    /// <summary>Every key of this mapping with its scalar value, in file order.</summary>
    public IEnumerable<(string Key, StudyFileScalar Value)> ScalarEntries() =>
        _entries.Select(e => (e.Key, ScalarOf(e.Value.Value, FieldOf(e.Key))));

    private YamlNode? Value(string key) =>
        _entries.TryGetValue(key, out var entry) && !IsNull(entry.Value) ? entry.Value : null;

    private IEnumerable<YamlNode> Items(string key) =>
        Value(key) switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children,
            var other => throw new StudyDefinitionException(File, LineOf(other), FieldOf(key), "expected a list"),
        };

    private StudyFileScalar ScalarOf(YamlNode node, string field) =>
        node is YamlScalarNode { Value: { } text }
            ? new StudyFileScalar(text, File, LineOf(node), field)
            : throw new StudyDefinitionException(File, LineOf(node), field, "expected a single value, not a list or mapping");

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string? NullIfEmpty(string path) => path.Length == 0 ? null : path;
}
