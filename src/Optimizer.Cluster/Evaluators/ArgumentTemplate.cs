using System.Text;
using Optimizer.Core.Space;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Expands one command argument: each <c>{name}</c> becomes the parameter's invariant text,
/// <c>{{</c> and <c>}}</c> become literal braces. Nothing else is interpreted (there is no shell).
/// </summary>
internal static class ArgumentTemplate
{
    /// <exception cref="FormatException">An unknown parameter name, an empty or unclosed placeholder, or a lone <c>}</c>.</exception>
    public static string Expand(string template, IReadOnlyDictionary<string, ParameterValue> parameters)
    {
        var text = new StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '{' && At(template, i + 1, '{') || c == '}' && At(template, i + 1, '}'))
            {
                text.Append(c);
                i += 2;
            }
            else if (c == '{')
            {
                var close = template.IndexOf('}', i + 1);
                if (close < 0)
                    throw new FormatException($"argument '{template}': placeholder at position {i} is not closed (write '{{{{' for a literal brace)");
                var name = template[(i + 1)..close];
                if (!parameters.TryGetValue(name, out var value))
                    throw new FormatException($"argument '{template}': no parameter named '{name}'");
                text.Append(value.ToString());
                i = close + 1;
            }
            else if (c == '}')
            {
                throw new FormatException($"argument '{template}': lone '}}' at position {i} (write '}}}}' for a literal brace)");
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
        return text.ToString();
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;
}
