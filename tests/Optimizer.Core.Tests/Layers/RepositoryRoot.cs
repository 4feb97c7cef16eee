namespace Optimizer.Core.Tests.Layers;

/// <summary>The checkout the tests run from: the directory holding <c>Optimizer.sln</c> above the test's output.</summary>
internal static class RepositoryRoot
{
    public static string Path()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Optimizer.sln")))
                return directory.FullName;
        throw new DirectoryNotFoundException($"no Optimizer.sln above {AppContext.BaseDirectory}");
    }
}
