using System.Diagnostics.CodeAnalysis;

namespace Optimizer.Core.Space;

/// <summary>
/// A point of a search space: one <see cref="ParameterValue"/> per parameter name (a proposal, a trial's parameters,
/// a known optimum). Read-only once made; names compare ordinally and enumerate in the order they were given, which is
/// the order every JSON encoder writes them in. Equality is by reference (as for the dictionaries it names); compare
/// two points value by value where that is meant.
/// </summary>
public sealed class Assignment : IReadOnlyDictionary<string, ParameterValue>
{
    private readonly Dictionary<string, ParameterValue> _values;

    private Assignment(Dictionary<string, ParameterValue> values) => _values = values;

    /// <summary>A copy of <paramref name="values"/>; a repeated name throws <see cref="ArgumentException"/>.</summary>
    public Assignment(IEnumerable<KeyValuePair<string, ParameterValue>> values)
        : this(new Dictionary<string, ParameterValue>(values, StringComparer.Ordinal))
    {
    }

    /// <summary>The point with no parameters.</summary>
    public static Assignment Empty { get; } = new(new Dictionary<string, ParameterValue>(StringComparer.Ordinal));

    /// <summary>A copy of <paramref name="values"/>, so that a dictionary literal reads as a point.</summary>
    public static implicit operator Assignment(Dictionary<string, ParameterValue> values) => new(values.AsEnumerable());

    /// <summary>Takes <paramref name="values"/> without copying; the caller made it and never changes it again.</summary>
    internal static Assignment Own(Dictionary<string, ParameterValue> values) => new(values);

    public ParameterValue this[string key] => _values[key];

    public IEnumerable<string> Keys => _values.Keys;

    public IEnumerable<ParameterValue> Values => _values.Values;

    public int Count => _values.Count;

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ParameterValue value) => _values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, ParameterValue>> GetEnumerator() => _values.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
