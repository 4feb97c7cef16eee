using Optimizer.Core.Models;
using Optimizer.Core.Sampling;

namespace Optimizer.Core.Tests.Models;

public sealed class FantasyPosteriorTests
{
    // RBF, l = 0.3, s = 1, noise 0.2, mean 0; observed at 0.1 and 0.9, pending at 0.5.
    private static readonly GpHyperparameters Noisy = new([0.3], 1.0, 0.2, 0.0);
    private static readonly double[][] Pending = [[0.5]];
    private static readonly double[][] Normals = QuasiNormalSamples.Draw(8, 2 + 2 * Pending.Length, 3);

    private static GaussianProcess Model() => GaussianProcess.Condition(Noisy, KernelKind.Rbf, [[0.1], [0.9]], [1.0, -0.5]);

    private static (double[] Means, double Sigma) AtPending(FantasyPosterior posterior)
    {
        var means = new double[posterior.Worlds];
        var sigma = posterior.Evaluate(Pending[0], means, posterior.CreateWorkspace());
        return (means, sigma);
    }

    [Fact]
    public void Latent_fantasies_pass_through_each_worlds_joint_sample_at_the_pending_point()
    {
        var model = Model();
        var posterior = FantasyPosterior.Create(model, model.Inputs.ToList(), Pending, Normals, PendingOutcomes.LatentSamples);

        var (means, sigma) = AtPending(posterior);

        for (var s = 0; s < posterior.Worlds; s++)
            Assert.Equal(posterior.JointSamples[s][2], means[s], 4);
        Assert.True(sigma < 2e-3, $"latent sd at the pending point {sigma}");
    }

    [Fact]
    public void Noisy_fantasies_leave_the_variance_of_one_noisy_observation_at_the_pending_point()
    {
        // Conditioning on a noisy outcome at 0.5 (variance v before it): v - v^2 / (v + noise).
        var model = Model();
        var before = model.Predict(Pending[0]).Variance;
        var posterior = FantasyPosterior.Create(model, model.Inputs.ToList(), Pending, Normals, PendingOutcomes.NoisySamples);

        var (_, sigma) = AtPending(posterior);

        Assert.Equal(before - before * before / (before + Noisy.NoiseVariance), sigma * sigma, 10);
    }
}
