using Optimizer.Core.Models;
using Optimizer.Core.Space;

namespace Optimizer.Core.Acquisition;

/// <summary>
/// How a single-objective GP strategy turns the posterior over pending worlds into its next point: an acquisition
/// maximized by an optimizer, or a rule that samples (Thompson). BoTorch's candidate generation, passed in.
/// </summary>
internal interface ICandidateGenerator
{
    /// <returns>an encoded, canonical point that is not taken, or null when none was found.</returns>
    double[]? Generate(CandidateRequest request);
}

/// <summary>What a candidate generator sees at one proposal.</summary>
/// <param name="Posteriors">
/// the objective's posterior over the pending worlds (standardized, larger is better): the MAP model's alone, or one per
/// posterior sample of the hyper-parameters, the worlds split among them.
/// </param>
/// <param name="Feasibility">log P(feasible) of the outcome constraints and of success (empty without either).</param>
/// <param name="Incumbents">encoded best feasible observations, starts for local search.</param>
/// <param name="Taken">points that must not be proposed again.</param>
/// <param name="Observations">the points the objective's model is conditioned on, before pending fantasies.</param>
/// <param name="Seed">this proposal's seed.</param>
/// <param name="Region">the box the candidate is searched for in (a trust region); null: the whole unit cube.</param>
internal sealed record CandidateRequest(
    IReadOnlyList<FantasyPosterior> Posteriors, FeasibilityTerm Feasibility, IReadOnlyList<double[]> Incumbents, TakenPoints Taken, int Observations, int Seed,
    EncodedBox? Region = null);
