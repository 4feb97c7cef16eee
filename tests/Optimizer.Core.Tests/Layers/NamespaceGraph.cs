using System.Text.RegularExpressions;

namespace Optimizer.Core.Tests.Layers;

/// <summary>
/// Which namespace uses which, read from the source files: each file's <c>namespace</c> declaration and the
/// <c>using</c> directives and fully qualified names through which it reaches other namespaces under a root.
/// </summary>
public sealed partial class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    /// <summary>The namespaces declared, each with the namespaces it uses (and one file that uses it, for messages).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Edges => _edges;

    /// <summary>Reads every <c>.cs</c> file under <paramref name="directory"/> (build outputs excluded).</summary>
    public static NamespaceGraph FromSources(string directory, string root)
    {
        var graph = new NamespaceGraph();
        foreach (var file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
                continue;
            var text = File.ReadAllText(file);
            var own = NamespaceOf(text) ?? throw new InvalidDataException($"{relative}: no file-scoped namespace");
            graph.Declare(own);
            foreach (var used in UsedNamespaces(text, root))
                graph.Add(own, used, relative);
        }
        return graph;
    }

    /// <summary>The file-scoped namespace a source file declares, or null.</summary>
    public static string? NamespaceOf(string text) => NamespaceDeclaration().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>Declares <paramref name="name"/> with no uses yet.</summary>
    public void Declare(string name) => _edges.TryAdd(name, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>
    /// Records that <paramref name="from"/> uses <paramref name="to"/> (seen in <paramref name="file"/>); a namespace's
    /// own name and its parents are in scope without a use.
    /// </summary>
    public void Add(string from, string to, string file)
    {
        Declare(from);
        if (from != to && !from.StartsWith(to + ".", StringComparison.Ordinal))
            _edges[from].TryAdd(to, file);
    }

    /// <summary>One cycle of uses (first namespace repeated at the end), or null when the graph is acyclic.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: done
        var path = new List<string>();
        foreach (var start in _edges.Keys.Order(StringComparer.Ordinal))
            if (Visit(start, state, path) is { } cycle)
                return cycle;
        return null;
    }

    /// <summary>The cycle spelt out with the file behind each use.</summary>
    public string Describe(IReadOnlyList<string> cycle) =>
        string.Join("\n", cycle.Zip(cycle.Skip(1), (a, b) => $"{a} -> {b} ({_edges[a][b]})"));

    private List<string>? Visit(string node, Dictionary<string, bool> state, List<string> path)
    {
        if (state.TryGetValue(node, out var done))
            return done ? null : [.. path.Skip(path.IndexOf(node)), node];
        state[node] = false;
        path.Add(node);
        if (_edges.TryGetValue(node, out var uses))
            foreach (var next in uses.Keys.Order(StringComparer.Ordinal))
                if (Visit(next, state, path) is { } cycle)
                    return cycle;
        path.RemoveAt(path.Count - 1);
        state[node] = true;
        return null;
    }

    private static IEnumerable<string> UsedNamespaces(string text, string root)
    {
        var code = Comment().Replace(StringLiteral().Replace(text, "\"\""), "");
        var names = UsingDirective().Matches(code).Select(m => m.Groups[1].Value)
            .Concat(QualifiedName().Matches(code).Select(m => m.Value));
        // Namespaces are one segment below the root (Optimizer.Core.Models); what follows is a type and its members.
        var depth = root.Split('.').Length + 1;
        foreach (var name in names)
            if (IsUnder(name, root) && name.Split('.') is { Length: var length } segments && length >= depth)
                yield return string.Join('.', segments.Take(depth));
    }

    private static bool IsUnder(string name, string root) => name.StartsWith(root + ".", StringComparison.Ordinal);

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<![\w.])[A-Z]\w*(?:\.[A-Z]\w*)+")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();
}
