using Ares.Optics;

namespace Ares.Tuning;

/// <summary>
/// The diagnostic screen at the end of the line: a finite aperture centred on its (possibly misaligned) position.
/// A beam whose centroid falls outside the aperture is not measured; the sizes of a measured beam are reported in
/// full even when the beam is wider than the screen (the simulator draws no image).
/// </summary>
public sealed record Screen(double HalfWidth, double HalfHeight, TransverseOffset Offset)
{
    /// <summary>The ARES screen: 2448 x 2040 pixels of 3.3198 x 2.4469 um, half-apertures 4.063 mm x 2.496 mm (Kaiser et al. 2024).</summary>
    public static Screen Ares(TransverseOffset offset) => new(2448 * 3.3198e-6 / 2, 2040 * 2.4469e-6 / 2, offset);

    /// <summary>The beam parameters in screen coordinates (the screen's offset subtracted), or none when the beam is off the screen.</summary>
    public ScreenReading Read(Beam beam)
    {
        var muX = beam.Horizontal.Centroid.Position - Offset.X;
        var muY = beam.Vertical.Centroid.Position - Offset.Y;
        var outside = Math.Max(0, Math.Abs(muX) - HalfWidth) + Math.Max(0, Math.Abs(muY) - HalfHeight);
        return outside > 0
            ? new ScreenReading(null, outside)
            : new ScreenReading(new BeamParameters(muX, beam.Horizontal.Size, muY, beam.Vertical.Size), 0);
    }
}
