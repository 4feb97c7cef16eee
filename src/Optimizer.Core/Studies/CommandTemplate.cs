using System.Text;

namespace Optimizer.Core.Studies;

/// <summary>
/// The placeholder syntax of an evaluator's arguments: <c>{name}</c> stands for the value of parameter <c>name</c>,
/// <c>{{</c> and <c>}}</c> for literal braces. Any other brace is an error.
/// </summary>
public static class CommandTemplate
{
    /// <summary>
    /// Replaces each placeholder of <paramref name="argument"/> with <paramref name="valueOf"/>(name).
    /// Throws <see cref="FormatException"/> on an unclosed, empty or unmatched brace.
    /// </summary>
    public static string Render(string argument, Func<string, string> valueOf)
    {
        var result = new StringBuilder(argument.Length);
        for (var i = 0; i < argument.Length; i++)
        {
            var c = argument[i];
            if (c == '{' && At(argument, i + 1, '{') || c == '}' && At(argument, i + 1, '}'))
            {
                result.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var close = argument.IndexOf('}', i + 1);
                if (close < 0)
                    throw new FormatException($"unclosed '{{' in \"{argument}\" (write '{{{{' for a literal brace)");
                var name = argument[(i + 1)..close];
                if (name.Length == 0 || name.Contains('{'))
                    throw new FormatException($"'{{{name}}}' in \"{argument}\" is not a placeholder (write '{{{{' for a literal brace)");
                result.Append(valueOf(name));
                i = close;
            }
            else if (c == '}')
                throw new FormatException($"unmatched '}}' in \"{argument}\" (write '}}}}' for a literal brace)");
            else
                result.Append(c);
        }
        return result.ToString();
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;
}
