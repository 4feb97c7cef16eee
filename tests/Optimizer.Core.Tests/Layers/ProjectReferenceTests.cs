namespace Optimizer.Core.Tests.Layers;

public class ProjectReferenceTests
{
    private static readonly string[] StorageAndFileFormats = ["Optimizer.Storage.Sqlite", "Microsoft.Data.Sqlite", "Optimizer.StudyFiles", "YamlDotNet"];

    private static ProjectGraph Sources() => ProjectGraph.FromProjects(Path.Combine(RepositoryRoot.Path(), "src"));

    [Theory]
    [InlineData("Optimizer.Core")]
    [InlineData("Optimizer.Viewer")]
    public void Project_builds_against_no_storage_engine_or_file_format(string project)
    {
        var reached = Sources().Reached(project);
        var forbidden = StorageAndFileFormats.Where(reached.Contains).ToList();

        Assert.True(forbidden.Count == 0, $"{project} builds against {string.Join(", ", forbidden)}");
    }

    [Fact]
    public void The_source_projects_are_read_with_their_references()
    {
        var graph = Sources();

        Assert.Contains("Optimizer.Core", graph.Projects["Optimizer.Viewer"]);
        Assert.Contains("YamlDotNet", graph.Packages["Optimizer.StudyFiles"]);
        Assert.Contains("Microsoft.Data.Sqlite", graph.Reached("Optimizer.Cli"));
    }

    [Fact]
    public void A_package_of_a_referenced_project_is_reached_through_it()
    {
        var graph = new ProjectGraph();
        graph.AddProject("Viewer", "Files");
        graph.AddProject("Files", "Core");
        graph.AddPackage("Files", "YamlDotNet");
        graph.AddPackage("Core", "MathNet.Numerics");
        graph.AddPackage("Cli", "Spectre.Console");

        Assert.Equal(["Core", "Files", "MathNet.Numerics", "YamlDotNet"], graph.Reached("Viewer").Order(StringComparer.Ordinal));
        Assert.Equal(["MathNet.Numerics"], graph.Reached("Core"));
    }
}
