using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Expands one command argument by the placeholder grammar of <see cref="CommandTemplate"/>: each <c>{name}</c> becomes
/// the parameter's invariant text, <c>{{</c> and <c>}}</c> literal braces. Nothing else is interpreted (there is no shell).
/// </summary>
internal static class ArgumentTemplate
{
    /// <exception cref="FormatException">An unknown parameter name, an empty or unclosed placeholder, or a lone <c>}</c>.</exception>
    public static string Expand(string template, Assignment parameters) =>
        CommandTemplate.Render(template, name => parameters.TryGetValue(name, out var value)
            ? value.ToString()
            : throw new FormatException($"argument '{template}': no parameter named '{name}'"));
}
