namespace Optimizer.StudyFiles;

/// <summary>
/// Finds where a YAML syntax error really is when it is an unclosed <c>{</c> or <c>[</c>: YamlDotNet notices only at a
/// later line or the end of the file, and without a location. Called only on text that failed to parse: it scans the
/// brackets outside quotes and comments, and a bracket is unclosed when the file ends, or a line indented no deeper
/// than the bracket's own line begins, while it is open.
/// </summary>
internal static class UnclosedBracket
{
    /// <summary>The 1-based line and the bracket of the innermost unclosed flow collection; null if every one is closed.</summary>
    public static (int Line, char Bracket)? Find(string yamlText)
    {
        var open = new Stack<(int Line, int Indent, char Bracket)>();
        var lines = yamlText.Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].TrimEnd('\r');
            var content = line.TrimStart(' ');
            if (content.Length == 0 || content[0] == '#')
                continue;
            var indent = line.Length - content.Length;
            if (open.Count > 0 && open.Any(b => indent <= b.Indent))
                return (open.Peek().Line, open.Peek().Bracket);
            if (!Scan(line, number, indent, open))
                return (open.Peek().Line, open.Peek().Bracket);
        }
        return open.Count > 0 ? (open.Peek().Line, open.Peek().Bracket) : null;
    }

    /// <summary>Pushes and pops the brackets of one line; false when a closing bracket does not match the open one.</summary>
    private static bool Scan(string line, int number, int indent, Stack<(int Line, int Indent, char Bracket)> open)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
                return true;
            if (c is '"' or '\'')
                i = EndOfQuoted(line, i);
            else if (c is '{' or '[')
                open.Push((number, indent, c));
            else if (c is '}' or ']' && open.Count > 0)
            {
                if (open.Peek().Bracket != (c == '}' ? '{' : '['))
                    return false;
                open.Pop();
            }
        }
        return true;
    }

    private static int EndOfQuoted(string line, int start)
    {
        var quote = line[start];
        for (var i = start + 1; i < line.Length; i++)
        {
            if (quote == '"' && line[i] == '\\')
                i++;
            else if (line[i] == quote)
                return i;
        }
        return line.Length;
    }
}
