using System.Globalization;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// Exact text identity of an assignment over a search space's parameters (round-trip numbers, choices as they are),
/// so two points compare equal exactly when every parameter has the same value.
/// </summary>
internal static class AssignmentKey
{
    public static string Of(SearchSpace space, Assignment point)
    {
        var parts = new string[space.Parameters.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var name = space.Parameters[i].Name;
            parts[i] = !point.TryGetValue(name, out var value) ? ""
                : value.IsCategorical ? value.Choice!
                : (value.Number + 0.0).ToString("R", CultureInfo.InvariantCulture); // + 0.0: -0 and 0 are one value
        }
        // The unit separator cannot be confused with a character of a number or a sensible choice name.
        return string.Join('\u001f', parts);
    }
}
