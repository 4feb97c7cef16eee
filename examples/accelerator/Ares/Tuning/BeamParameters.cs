namespace Ares.Tuning;

/// <summary>What the screen reports and the task asks for: centroid and rms size in each plane [m].</summary>
public sealed record BeamParameters(double MuX, double SigmaX, double MuY, double SigmaY)
{
    /// <summary>MAE = mean |(mu_x, sigma_x, mu_y, sigma_y) - target| (Kaiser et al. 2024, the tuning objective).</summary>
    public double MeanAbsoluteError(BeamParameters target) =>
        (Math.Abs(MuX - target.MuX) + Math.Abs(SigmaX - target.SigmaX)
         + Math.Abs(MuY - target.MuY) + Math.Abs(SigmaY - target.SigmaY)) / 4;
}
