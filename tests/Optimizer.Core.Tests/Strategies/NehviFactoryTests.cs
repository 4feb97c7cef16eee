using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.Sampling;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

public sealed class NehviFactoryTests
{
    [Fact]
    public void A_world_front_holds_only_the_points_whose_sampled_constraint_values_hold_in_that_world()
    {
        // A constraint c(p) = p[0] observed almost without noise at the three joint points: 0.2, 0.5 and 0.8.
        List<double[]> joint = [[0.2, 0.3], [0.5, 0.1], [0.8, 0.9]];
        var random = new Random(4);
        var inputs = joint.Concat(Enumerable.Range(0, 7).Select(_ => new[] { random.NextDouble(), random.NextDouble() })).ToArray();
        var model = GaussianProcess.Condition(new GpHyperparameters([0.4, 0.4], 1.0, 1e-8, 0.0), KernelKind.Matern52, inputs, inputs.Select(p => p[0]).ToArray());
        var posterior = FantasyPosterior.Create(model, joint, [], QuasiNormalSamples.Draw(2, joint.Count, 1), PendingOutcomes.NoisySamples);
        // Two objectives, two worlds: world 1's values are world 0's plus one.
        double[][][] samples = [[[1.0, 2.0, 3.0], [2.0, 3.0, 4.0]], [[-1.0, -2.0, -3.0], [0.0, -1.0, -2.0]]];

        var unconstrained = NehviFactory.WorldFront(samples, [], 1);
        var constrained = NehviFactory.WorldFront(samples, [new ModelledConstraint(posterior, null, 0.6)], 1);
        var band = NehviFactory.WorldFront(samples, [new ModelledConstraint(posterior, 0.3, 0.6)], 0);

        Assert.Equal([[2.0, 0.0], [3.0, -1.0], [4.0, -2.0]], unconstrained);
        Assert.Equal([[2.0, 0.0], [3.0, -1.0]], constrained);
        Assert.Equal([[2.0, -2.0]], band);
    }
}
