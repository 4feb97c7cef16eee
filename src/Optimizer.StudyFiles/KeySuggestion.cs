namespace Optimizer.StudyFiles;

/// <summary>Finds the known key a misspelt one was probably meant to be (edit distance at most 2).</summary>
internal static class KeySuggestion
{
    public static string? Nearest(string typed, IEnumerable<string> known) =>
        known.Select(k => (Key: k, Distance: EditDistance(typed, k)))
            .Where(k => k.Distance <= 2)
            .OrderBy(k => k.Distance)
            .Select(k => k.Key)
            .FirstOrDefault();

    // Levenshtein distance, one row at a time.
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
