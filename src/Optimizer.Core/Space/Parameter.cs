namespace Optimizer.Core.Space;

/// <summary>One dimension of a search space. Each kind knows how many unit-cube coordinates it takes.</summary>
public abstract record Parameter(string Name)
{
    /// <summary>Number of coordinates in the unit-cube encoding (1, or the number of choices for one-hot).</summary>
    public abstract int EncodedWidth { get; }

    /// <summary>Writes the encoding of <paramref name="value"/> into <paramref name="target"/> (length <see cref="EncodedWidth"/>).</summary>
    public abstract void Encode(ParameterValue value, Span<double> target);

    /// <summary>Reads a value back from its coordinates; coordinates outside [0, 1] are clipped.</summary>
    public abstract ParameterValue Decode(ReadOnlySpan<double> source);

    /// <summary>Throws <see cref="SearchSpaceException"/> naming this parameter when its definition is invalid.</summary>
    public abstract void Validate();

    /// <summary>Throws <see cref="SearchSpaceException"/> when <paramref name="value"/> is not a valid value of this parameter.</summary>
    public abstract void Check(ParameterValue value);
}
