namespace MagicTelescope;

/// <summary>Where the evaluators find <c>magic04.data</c> when no <c>--data</c> is given.</summary>
public static class MagicDataFile
{
    private static readonly string RelativePath = Path.Combine("shared", "data", "magic04.data");

    /// <summary>
    /// The first <c>shared/data/magic04.data</c> in the evaluator's folder or one of its ancestors: the project keeps
    /// its data in <c>../shared/data</c> beside the repository, and git worktrees sit one level deeper.
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
