using System.Text.RegularExpressions;

namespace Optimizer.Core.Tests.Layers;

/// <summary>docs/ARCHITECTURE.md's two layer tables say what each project and each Core folder uses directly; they must stay true.</summary>
public partial class DocumentedLayersTests
{
    private static readonly string Repository = RepositoryRoot.Path();

    [Fact]
    public void The_documented_project_table_is_what_each_project_references()
    {
        var graph = ProjectGraph.FromProjects(Path.Combine(Repository, "src"));
        var actual = graph.Projects.Keys.ToDictionary(
            project => project,
            project => Describe(graph.Projects[project].Select(Short), graph.Packages[project]));

        var documented = Table("project ").ToDictionary(row => row.Name, row => Describe(row.Uses.Select(Short), row.Packages));

        Assert.Equal(Sorted(actual), Sorted(documented));
    }

    [Fact]
    public void The_documented_folder_table_is_what_each_Core_namespace_uses()
    {
        const string root = "Optimizer.Core";
        var graph = NamespaceGraph.FromSources(Path.Combine(Repository, "src", root), root);
        var actual = graph.Edges.Where(e => e.Key.StartsWith(root + ".", StringComparison.Ordinal)).ToDictionary(
            e => e.Key[(root.Length + 1)..],
            e => Describe(e.Value.Keys.Where(k => k.StartsWith(root + ".", StringComparison.Ordinal)).Select(k => k[(root.Length + 1)..]), []));

        var documented = Table("Core's folder").ToDictionary(row => row.Name, row => Describe(row.Uses, row.Packages));

        Assert.Equal(Sorted(actual), Sorted(documented));
    }

    private static string Short(string project) => project.StartsWith("Optimizer.", StringComparison.Ordinal) ? project["Optimizer.".Length..] : project;

    private static string Describe(IEnumerable<string> uses, IEnumerable<string> packages) =>
        string.Join(", ", uses.Order(StringComparer.Ordinal)) + " + " + string.Join(", ", packages.Order(StringComparer.Ordinal));

    private static List<KeyValuePair<string, string>> Sorted(Dictionary<string, string> rows) => [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal)];

    /// <summary>The rows of the fenced block whose header line starts with <paramref name="header"/>.</summary>
    private static List<Row> Table(string header)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository, "docs", "ARCHITECTURE.md"));
        var start = Array.FindIndex(lines, line => line.StartsWith(header, StringComparison.Ordinal));
        Assert.True(start > 0 && lines[start - 1] == "```", $"docs/ARCHITECTURE.md has no table starting with '{header}'");
        return [.. lines.Skip(start + 1).TakeWhile(line => line != "```").Select(Row.Parse)];
    }

    private sealed record Row(string Name, IReadOnlyList<string> Uses, IReadOnlyList<string> Packages)
    {
        public static Row Parse(string line)
        {
            var columns = Columns().Split(line.Trim());
            var packages = columns.Length > 2 && columns[2].StartsWith("+ ", StringComparison.Ordinal) ? List(columns[2][2..]) : [];
            var uses = columns.Length > 1 && columns[1] != "nothing" ? List(columns[1]) : [];
            return new Row(columns[0], uses, packages);
        }

        private static string[] List(string text) => text.Split(", ", StringSplitOptions.TrimEntries);
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Columns();
}
