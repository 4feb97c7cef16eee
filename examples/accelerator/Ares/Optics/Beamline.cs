namespace Ares.Optics;

/// <summary>Elements in beam order; tracking a beam applies each element's maps in turn.</summary>
public sealed class Beamline(IReadOnlyList<IBeamlineElement> elements)
{
    public IReadOnlyList<IBeamlineElement> Elements { get; } = elements;

    public double Length => Elements.Sum(e => e.Length);

    public Beam Track(Beam beam)
    {
        foreach (var element in Elements)
            beam = beam.Through(element);
        return beam;
    }

    /// <summary>The whole line as one map per plane, composed in beam order.</summary>
    public (TransferMap Horizontal, TransferMap Vertical) Map()
    {
        var (horizontal, vertical) = (TransferMap.Identity, TransferMap.Identity);
        foreach (var element in Elements)
            (horizontal, vertical) = (horizontal.Then(element.Horizontal), vertical.Then(element.Vertical));
        return (horizontal, vertical);
    }
}
