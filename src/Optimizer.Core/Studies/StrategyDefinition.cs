using Optimizer.Core.Strategies;

namespace Optimizer.Core.Studies;

/// <summary>
/// Which strategy proposes trials: <c>auto</c> (GP-BO after an initial design), <c>gp</c>, <c>turbo</c>, <c>nehvi</c>, <c>parego</c>, <c>nsga2</c>, <c>sobol</c> or <c>random</c>,
/// the size of the initial space-filling design (null: d + 2, d the encoded dimension), and how running trials enter
/// single-objective GP-BO (null: <see cref="PendingHandling.Fantasies"/>).
/// </summary>
public sealed record StrategyDefinition(string Kind = StrategyDefinition.Auto, int? InitialTrials = null, PendingHandling? Pending = null)
{
    public const string Auto = "auto";
    public const string GaussianProcess = "gp";
    public const string TrustRegion = "turbo";
    public const string Sobol = "sobol";
    public const string Random = "random";
    public const string Nsga2 = "nsga2";
    public const string Nehvi = "nehvi";
    public const string Parego = "parego";

    public static readonly IReadOnlyList<string> Kinds = [Auto, GaussianProcess, TrustRegion, Nehvi, Parego, Nsga2, Sobol, Random];

    /// <summary>The study-file names of the pending treatments.</summary>
    public static readonly IReadOnlyDictionary<string, PendingHandling> PendingNames = new Dictionary<string, PendingHandling>
    {
        ["fantasies"] = PendingHandling.Fantasies,
        ["latent"] = PendingHandling.LatentFantasies,
        ["believer"] = PendingHandling.KrigingBeliever,
    };
}
