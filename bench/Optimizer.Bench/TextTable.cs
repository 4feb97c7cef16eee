namespace Optimizer.Bench;

/// <summary>Writes rows of cells as an aligned plain-text table: the leading text columns left-aligned, the rest (numbers) right-aligned.</summary>
public static class TextTable
{
    public static void Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, int textColumns, TextWriter output)
    {
        var cells = rows.Prepend(header).ToArray();
        var widths = Enumerable.Range(0, header.Count).Select(c => cells.Max(row => row[c].Length)).ToArray();
        foreach (var row in cells)
            output.WriteLine(string.Join("  ", row.Select((cell, c) => c < textColumns ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
    }
}
