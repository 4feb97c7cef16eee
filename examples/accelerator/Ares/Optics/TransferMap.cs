namespace Ares.Optics;

/// <summary>
/// The affine map of one plane through an element: v_out = R v_in + Kick. R carries the linear optics; Kick
/// collects corrector angles and the offsets a misaligned element adds (Wille, "The Physics of Particle
/// Accelerators", ch. 3; Kaiser et al., Sci. Rep. 14, 2024, arXiv:2306.03739, for the ARES model).
/// </summary>
public readonly record struct TransferMap(Matrix2 R, PhaseVector Kick)
{
    public static TransferMap Identity => new(Matrix2.Identity, PhaseVector.Zero);

    /// <summary>A purely linear map (a well-aligned element without kicks).</summary>
    public static TransferMap Linear(Matrix2 r) => new(r, PhaseVector.Zero);

    /// <summary>
    /// The element shifted transversely by <paramref name="offset"/>: coordinates move by -d before it and +d after,
    /// so v_out = R (v_in - d) + d, i.e. Kick = (I - R) d with d = (offset, 0).
    /// </summary>
    public TransferMap Misaligned(double offset)
    {
        var d = new PhaseVector(offset, 0);
        return this with { Kick = Kick + d - R * d };
    }

    /// <summary>This map followed by <paramref name="next"/>: R = R_next R, Kick = R_next Kick + Kick_next.</summary>
    public TransferMap Then(TransferMap next) => new(next.R * R, next.R * Kick + next.Kick);

    /// <summary>The centroid after the element: R mu + Kick.</summary>
    public PhaseVector Apply(PhaseVector centroid) => R * centroid + Kick;

    /// <summary>The second moments after the element: R Sigma R^T (kicks move the centroid, not the spread).</summary>
    public Matrix2 ApplyToCovariance(Matrix2 covariance) => R * covariance * R.Transpose;
}
