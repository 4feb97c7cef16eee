namespace Ares.Tuning;

/// <summary>
/// The five actuators of the ARES experimental-area tuning task, in beam order: quadrupole strengths k1 [m^-2] and
/// corrector angles theta [rad] (Kaiser et al., Sci. Rep. 14, 2024, arXiv:2306.03739).
/// </summary>
public sealed record MagnetSettings(double K1Q1, double K1Q2, double ThetaCV, double K1Q3, double ThetaCH)
{
    /// <summary>Quadrupole strength limit [m^-2] (Kaiser et al. 2024; later set-ups used 30).</summary>
    public const double MaxQuadrupoleStrength = 72.0;

    /// <summary>Corrector angle limit [rad] (Kaiser et al. 2024).</summary>
    public const double MaxCorrectorAngle = 6.1782e-3;

    /// <summary>Parameter names as the study file and the evaluator spell them, in beam order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["k1_Q1", "k1_Q2", "theta_CV", "k1_Q3", "theta_CH"];

    /// <summary>Lower bounds in the order of <see cref="Names"/>.</summary>
    public static IReadOnlyList<double> Lower { get; } =
        [-MaxQuadrupoleStrength, -MaxQuadrupoleStrength, -MaxCorrectorAngle, -MaxQuadrupoleStrength, -MaxCorrectorAngle];

    /// <summary>Upper bounds in the order of <see cref="Names"/>.</summary>
    public static IReadOnlyList<double> Upper { get; } =
        [MaxQuadrupoleStrength, MaxQuadrupoleStrength, MaxCorrectorAngle, MaxQuadrupoleStrength, MaxCorrectorAngle];

    /// <summary>Magnets off: quadrupoles at zero strength, correctors at zero angle.</summary>
    public static MagnetSettings Off => new(0, 0, 0, 0, 0);

    /// <summary>Settings from values in the order of <see cref="Names"/>.</summary>
    public static MagnetSettings FromValues(IReadOnlyList<double> values)
    {
        if (values.Count != Names.Count)
            throw new ArgumentException($"expected {Names.Count} values ({string.Join(", ", Names)}), got {values.Count}", nameof(values));
        for (var i = 0; i < values.Count; i++)
        {
            if (!(values[i] >= Lower[i] && values[i] <= Upper[i]))
                throw new ArgumentOutOfRangeException(nameof(values), $"{Names[i]} = {values[i]} is outside [{Lower[i]}, {Upper[i]}]");
        }
        return new MagnetSettings(values[0], values[1], values[2], values[3], values[4]);
    }

    public double[] ToValues() => [K1Q1, K1Q2, ThetaCV, K1Q3, ThetaCH];
}
