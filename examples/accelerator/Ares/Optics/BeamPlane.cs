namespace Ares.Optics;

/// <summary>One transverse plane of a Gaussian beam: its centroid and its 2 x 2 covariance of (position, angle).</summary>
public readonly record struct BeamPlane(PhaseVector Centroid, Matrix2 Covariance)
{
    /// <summary>An uncorrelated plane with rms size <paramref name="size"/> [m] and divergence <paramref name="divergence"/> [rad].</summary>
    public static BeamPlane Uncorrelated(PhaseVector centroid, double size, double divergence) =>
        new(centroid, new Matrix2(size * size, 0, 0, divergence * divergence));

    /// <summary>rms size sqrt(Sigma_11) [m].</summary>
    public double Size => Math.Sqrt(Covariance.M11);

    /// <summary>The plane after a map: centroid R mu + kick, covariance R Sigma R^T.</summary>
    public BeamPlane Through(TransferMap map) => new(map.Apply(Centroid), map.ApplyToCovariance(Covariance));
}
