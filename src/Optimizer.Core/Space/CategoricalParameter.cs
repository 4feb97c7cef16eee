namespace Optimizer.Core.Space;

/// <summary>A choice among named options, one-hot encoded; decoding picks the largest coordinate.</summary>
public sealed record CategoricalParameter(string Name, IReadOnlyList<string> Choices) : Parameter(Name)
{
    public override int EncodedWidth => Choices.Count;

    public override void Validate()
    {
        if (Choices.Count == 0)
            throw new SearchSpaceException(Name, "a categorical parameter needs at least one choice");
        var duplicate = Choices.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new SearchSpaceException(Name, $"choice '{duplicate.Key}' appears more than once");
    }

    public override void Check(ParameterValue value)
    {
        if (!value.IsCategorical || IndexOf(value.Choice!) < 0)
            throw new SearchSpaceException(Name, $"value '{value}' is not one of [{string.Join(", ", Choices)}]");
    }

    public int IndexOf(string choice)
    {
        for (var i = 0; i < Choices.Count; i++)
            if (Choices[i] == choice) return i;
        return -1;
    }

    public override void Encode(ParameterValue value, Span<double> target)
    {
        target.Clear();
        target[IndexOf(value.Choice!)] = 1.0;
    }

    public override ParameterValue Decode(ReadOnlySpan<double> source)
    {
        var best = 0;
        for (var i = 1; i < source.Length; i++)
            if (source[i] > source[best]) best = i;
        return ParameterValue.Of(Choices[best]);
    }

    public bool Equals(CategoricalParameter? other) =>
        other is not null && Name == other.Name && Choices.SequenceEqual(other.Choices);

    public override int GetHashCode() => HashCode.Combine(Name, Choices.Count);
}
