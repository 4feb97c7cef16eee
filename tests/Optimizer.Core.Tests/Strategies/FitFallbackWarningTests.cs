using Optimizer.Core.Models;
using Optimizer.Core.Optimization;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

/// <summary>
/// A hyper-parameter fit that leaves the prior's mode standing is said through the strategy's Warn, once per fit, and the
/// strategy still proposes. No history makes a fit fail (values of any finite size are standardized, inputs lie in the
/// unit cube, the noise has a floor), so the fit options do: a point-mass noise prior, LogNormal with scale 0, whose log
/// density is undefined at every noise level, leaves the posterior undefined from every start.
/// </summary>
public sealed class FitFallbackWarningTests
{
    private const string Fallback = ": the hyper-parameter fit on 6 observations found no point where the likelihood is defined; the prior's mode stands in";

    private static readonly GpFitOptions Undefined = new(NoisePrior: NoisePrior.LogNormal(-4.0, 0.0));

    private static readonly AcquisitionOptimizerOptions Quick = new(RawSamples: 128, Restarts: 2, MaxIterations: 15);

    private static readonly BraninCurrin Problem = new();

    private static List<Observation> Design() => new SobolStrategy(Problem.Space, 1).Propose([], [], 6)
        .Select(p => new Observation(p, new Dictionary<string, double>(Problem.Evaluate(p)) { ["sum"] = p["x1"].Number + p["x2"].Number }))
        .ToList();

    private static void AssertInside(IReadOnlyList<Assignment> proposals) =>
        Assert.All(proposals, p => Assert.True(p.Values.All(v => v.Number is >= 0 and <= 1), $"{p["x1"]}/{p["x2"]}"));

    [Fact]
    public void A_single_objective_strategy_says_which_fits_fell_back_and_still_proposes()
    {
        var warnings = new List<string>();
        var options = new GaussianProcessOptions { InitialTrials = 6, Optimizer = Quick, Fit = Undefined, Warn = warnings.Add };
        var strategy = new GaussianProcessStrategy(Problem.Space, new Objective("f1", ObjectiveDirection.Minimize),
            [new OutcomeConstraint("sum", null, 1.2)], ClosedFormMetrics.None, options, 0);

        var proposals = strategy.Propose(Design(), [], 2);

        AssertInside(proposals);
        Assert.Equal(["constraint 'sum'" + Fallback, "objective 'f1'" + Fallback], warnings.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, new[] { "objective 'f1'", "objective 'f2'" })]
    [InlineData(MultiObjectiveAcquisition.Parego, new[] { "the ParEGO scalarization", "the ParEGO scalarization" })]
    public void A_multi_objective_strategy_says_which_fits_fell_back_and_still_proposes(MultiObjectiveAcquisition acquisition, string[] outcomes)
    {
        var warnings = new List<string>();
        var options = new MultiObjectiveOptions(acquisition) { InitialTrials = 6, Worlds = 8, Optimizer = Quick, Fit = Undefined, Warn = warnings.Add };
        var strategy = new MultiObjectiveGpStrategy(Problem.Space, Problem.Objectives, [], options, 0);

        var proposals = strategy.Propose(Design(), [], 2);

        AssertInside(proposals);
        Assert.Equal(outcomes.Select(o => o + Fallback), warnings.Order(StringComparer.Ordinal));
    }
}
