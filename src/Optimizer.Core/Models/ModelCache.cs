namespace Optimizer.Core.Models;

/// <summary>A strategy's model of one outcome, its output transform, and how many leading observations its hyper-parameters were fitted on.</summary>
internal sealed record ModelCache(GaussianProcess Model, OutputTransform Transform, int FittedAt);
