namespace Optimizer.Core.Models;

/// <summary>
/// The last fitted model of a strategy and when it was fitted. Lets the next proposal extend it with new observations
/// (fixed hyper-parameters, O(n^2) per point) instead of refitting, and warm-starts the next refit.
/// </summary>
internal sealed record ModelCache(GaussianProcess Model, OutputTransform Transform, int FittedAt);
