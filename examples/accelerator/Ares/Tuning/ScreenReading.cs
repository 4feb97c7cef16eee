namespace Ares.Tuning;

/// <summary>
/// What the screen shows: the beam parameters when the centroid lies inside the aperture, otherwise none, together with
/// how far the centroid lies outside the aperture edges [m] (|x| beyond the half-width plus |y| beyond the half-height).
/// </summary>
public sealed record ScreenReading(BeamParameters? Beam, double DistanceOutside)
{
    public bool OnScreen => Beam is not null;
}
