namespace MagicTelescope;

/// <summary>Where the evaluators find <c>magic04.data</c> when no <c>--data</c> is given.</summary>
public static class MagicDataFile
{
    private static readonly string RelativePath = Path.Combine("examples", "data", "magic04.data");

    /// <summary>
    /// The first <c>examples/data/magic04.data</c> in the evaluator's folder or one of its ancestors: the repository
    /// keeps the data there, and the evaluator runs from its build folder below <c>examples/</c>.
    /// </summary>
    public static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"No {RelativePath} found above {AppContext.BaseDirectory}; pass --data PATH to magic04.data (see the example's README).");
    }
}
