namespace Optimizer.Bench;

/// <summary>Where the built command line lies: the benches that run <c>optimizer</c> as a real process start this file.</summary>
public static class BuiltOptimizer
{
    /// <summary>
    /// <c>src/Optimizer.Cli/bin/&lt;configuration&gt;/&lt;tfm&gt;/optimizer.dll</c>, mirroring this bench's own
    /// <c>bench/Optimizer.Bench/bin/&lt;configuration&gt;/&lt;tfm&gt;/</c>.
    /// </summary>
    public static string DefaultPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(root, "src", "Optimizer.Cli", "bin", output.Parent!.Name, output.Name, "optimizer.dll");
    }

    /// <summary><paramref name="path"/> when it exists; otherwise a <see cref="BenchUsageException"/> saying how to build it.</summary>
    public static string Existing(string path) => File.Exists(path)
        ? path
        : throw new BenchUsageException($"{path} is missing: build src/Optimizer.Cli in the same configuration, or pass --optimizer");
}
