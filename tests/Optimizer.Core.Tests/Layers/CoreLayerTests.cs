using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Layers;

public class CoreLayerTests
{
    private const string Root = "Optimizer.Core";

    private static string CoreSources() => Path.Combine(RepositoryRoot.Path(), "src", Root);

    [Fact]
    public void Core_namespaces_use_each_other_without_a_cycle()
    {
        var graph = NamespaceGraph.FromSources(CoreSources(), Root);

        var cycle = graph.FindCycle();

        Assert.True(cycle is null, cycle is null ? "" : "Core's namespaces use each other in a cycle:\n" + graph.Describe(cycle));
    }

    [Fact]
    public void Each_Core_file_declares_the_namespace_of_its_folder()
    {
        var sources = CoreSources();
        var misplaced = Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(sources, file))
            .Where(relative => relative.Split(Path.DirectorySeparatorChar) is [var folder, _] && folder is not ("bin" or "obj")
                && NamespaceGraph.NamespaceOf(File.ReadAllText(Path.Combine(sources, relative))) != $"{Root}.{folder}")
            .ToList();

        Assert.Empty(misplaced);
    }

    [Fact]
    public void Core_has_its_leaf_folders_at_the_bottom()
    {
        var edges = NamespaceGraph.FromSources(CoreSources(), Root).Edges;

        Assert.Empty(edges[$"{Root}.Numerics"].Keys);
        Assert.Empty(edges[$"{Root}.Space"].Keys);
        Assert.Equal([$"{Root}.Space"], edges[$"{Root}.Outcomes"].Keys);
        Assert.DoesNotContain($"{Root}.Studies", edges[$"{Root}.Strategies"].Keys);
    }

    [Fact]
    public void A_cycle_of_uses_is_found_and_named_with_its_files()
    {
        var graph = new NamespaceGraph();
        graph.Add("A.Models", "A.Numerics", "Models/Gp.cs");
        graph.Add("A.Numerics", "A.Acquisition", "Numerics/Minimizer.cs");
        graph.Add("A.Acquisition", "A.Models", "Acquisition/Ei.cs");
        graph.Add("A.Studies", "A.Models", "Studies/Study.cs");

        var cycle = graph.FindCycle();

        Assert.Equal(["A.Acquisition", "A.Models", "A.Numerics", "A.Acquisition"], cycle);
        Assert.Contains("A.Numerics -> A.Acquisition (Numerics/Minimizer.cs)", graph.Describe(cycle!));
    }

    [Fact]
    public void An_acyclic_graph_has_no_cycle_and_a_namespace_using_its_parent_is_no_edge()
    {
        var graph = new NamespaceGraph();
        graph.Add("A.Studies", "A.Strategies", "Studies/Study.cs");
        graph.Add("A.Strategies", "A.Outcomes", "Strategies/Gp.cs");
        graph.Add("A.Studies", "A.Outcomes", "Studies/Study.cs");
        graph.Add("A.Outcomes.Json", "A.Outcomes", "Outcomes/Json/Writer.cs");

        Assert.Null(graph.FindCycle());
        Assert.Empty(graph.Edges["A.Outcomes.Json"]);
    }

    [Fact]
    public void Core_references_no_storage_or_file_format_package()
    {
        var referenced = typeof(SearchSpace).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain(referenced, name => name is not null && (name.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal)
            || name.StartsWith("SQLitePCL", StringComparison.Ordinal) || name.StartsWith("YamlDotNet", StringComparison.Ordinal)));
    }
}
