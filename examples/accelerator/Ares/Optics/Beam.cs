namespace Ares.Optics;

/// <summary>A Gaussian beam in uncoupled linear optics: independent horizontal and vertical planes.</summary>
public sealed record Beam(BeamPlane Horizontal, BeamPlane Vertical)
{
    public Beam Through(IBeamlineElement element) =>
        new(Horizontal.Through(element.Horizontal), Vertical.Through(element.Vertical));
}
