namespace Optimizer.Core.Space;

/// <summary>
/// An ordered set of parameters and their encoding to the unit cube [0, 1]^d
/// (d = <see cref="Dimension"/>: one coordinate per numeric parameter, one per choice of a categorical).
/// </summary>
public sealed class SearchSpace
{
    private readonly int[] _offsets;

    /// <summary>Validates every parameter; throws <see cref="SearchSpaceException"/> naming the first one at fault.</summary>
    public SearchSpace(IEnumerable<Parameter> parameters)
    {
        Parameters = parameters.ToArray();
        if (Parameters.Count == 0)
            throw new SearchSpaceException("(none)", "a search space needs at least one parameter");
        var seen = new HashSet<string>();
        _offsets = new int[Parameters.Count];
        var offset = 0;
        for (var i = 0; i < Parameters.Count; i++)
        {
            var p = Parameters[i];
            if (string.IsNullOrWhiteSpace(p.Name))
                throw new SearchSpaceException($"#{i + 1}", "a parameter needs a name");
            if (!seen.Add(p.Name))
                throw new SearchSpaceException(p.Name, "duplicate parameter name");
            p.Validate();
            _offsets[i] = offset;
            offset += p.EncodedWidth;
        }
        Dimension = offset;
    }

    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Number of unit-cube coordinates.</summary>
    public int Dimension { get; }

    /// <summary>Offset of parameter <paramref name="index"/>'s first coordinate in the encoding.</summary>
    public int OffsetOf(int index) => _offsets[index];

    /// <summary>Encodes a complete assignment; throws <see cref="SearchSpaceException"/> on a missing or invalid value.</summary>
    public double[] Encode(Assignment point)
    {
        var x = new double[Dimension];
        for (var i = 0; i < Parameters.Count; i++)
        {
            var p = Parameters[i];
            if (!point.TryGetValue(p.Name, out var value))
                throw new SearchSpaceException(p.Name, "missing value");
            p.Check(value);
            p.Encode(value, x.AsSpan(_offsets[i], p.EncodedWidth));
        }
        return x;
    }

    /// <summary>Decodes a point of the unit cube (length <see cref="Dimension"/>) to parameter values.</summary>
    public Assignment Decode(ReadOnlySpan<double> x)
    {
        if (x.Length != Dimension)
            throw new ArgumentException($"expected {Dimension} coordinates, got {x.Length}", nameof(x));
        var point = new Dictionary<string, ParameterValue>(Parameters.Count);
        for (var i = 0; i < Parameters.Count; i++)
        {
            var p = Parameters[i];
            point[p.Name] = p.Decode(x.Slice(_offsets[i], p.EncodedWidth));
        }
        return Assignment.Own(point);
    }

    /// <summary>Snaps a relaxed point to the encoding of the value it decodes to (integers rounded, one-hot made exact).</summary>
    public double[] Canonicalize(ReadOnlySpan<double> x) => Encode(Decode(x));
}
