using System.Xml.Linq;

namespace Optimizer.Core.Tests.Layers;

/// <summary>
/// Which project references which project and package, read from the <c>.csproj</c> files: each file's
/// <c>ProjectReference</c> (named by the referenced file's name) and <c>PackageReference</c> items.
/// </summary>
public sealed class ProjectGraph
{
    private readonly Dictionary<string, SortedSet<string>> _projects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _packages = new(StringComparer.Ordinal);

    /// <summary>Every project with the projects it references directly.</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Projects => _projects;

    /// <summary>Every project with the packages it references directly.</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Packages => _packages;

    /// <summary>Reads every <c>.csproj</c> one folder below <paramref name="directory"/> (<c>src/Optimizer.Core/Optimizer.Core.csproj</c>).</summary>
    public static ProjectGraph FromProjects(string directory)
    {
        var graph = new ProjectGraph();
        foreach (var file in Directory.EnumerateFiles(directory, "*.csproj", SearchOption.AllDirectories)
                     .Where(file => Path.GetRelativePath(directory, file).Split(Path.DirectorySeparatorChar).Length == 2))
        {
            var project = Path.GetFileNameWithoutExtension(file);
            graph.Declare(project);
            var items = XDocument.Load(file).Descendants().ToList();
            foreach (var reference in items.Where(e => e.Name.LocalName == "ProjectReference"))
                graph.AddProject(project, Path.GetFileNameWithoutExtension(Include(reference, file).Replace('\\', '/')));
            foreach (var reference in items.Where(e => e.Name.LocalName == "PackageReference"))
                graph.AddPackage(project, Include(reference, file));
        }
        return graph;
    }

    /// <summary>Declares <paramref name="project"/> with no references yet.</summary>
    public void Declare(string project)
    {
        _projects.TryAdd(project, new SortedSet<string>(StringComparer.Ordinal));
        _packages.TryAdd(project, new SortedSet<string>(StringComparer.Ordinal));
    }

    public void AddProject(string from, string to)
    {
        Declare(from);
        Declare(to);
        _projects[from].Add(to);
    }

    public void AddPackage(string project, string package)
    {
        Declare(project);
        _packages[project].Add(package);
    }

    /// <summary>
    /// Every project and package <paramref name="project"/> builds against, directly or through the projects it
    /// references (a project reference brings its own references along).
    /// </summary>
    public IReadOnlySet<string> Reached(string project)
    {
        var projects = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
            foreach (var referenced in _projects[next])
                if (projects.Add(referenced))
                    pending.Push(referenced);
        var reached = new HashSet<string>(projects, StringComparer.Ordinal);
        foreach (var p in projects.Append(project))
            reached.UnionWith(_packages[p]);
        return reached;
    }

    private static string Include(XElement item, string file) =>
        item.Attribute("Include")?.Value ?? throw new InvalidDataException($"{file}: a {item.Name.LocalName} without Include");
}
