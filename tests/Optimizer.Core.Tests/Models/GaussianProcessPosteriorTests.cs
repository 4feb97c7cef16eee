using MathNet.Numerics.LinearAlgebra;
using Optimizer.Core.Models;

namespace Optimizer.Core.Tests.Models;

public sealed class GaussianProcessPosteriorTests
{
    private static readonly GpHyperparameters Unit = new([0.5], 2.0, 0.1, 0.25);

    [Fact]
    public void Two_point_posterior_matches_the_closed_form()
    {
        // RBF, l = 0.5, s = 2, noise 0.1, mean 0.25; X = {0, 0.5}, y = {1, -1}; test point 0.25.
        var gp = GaussianProcess.Condition(Unit, KernelKind.Rbf, [[0.0], [0.5]], [1.0, -1.0]);
        var k12 = 2.0 * Math.Exp(-0.5 * 1.0);             // r = 0.5 / 0.5 = 1
        var kStar = 2.0 * Math.Exp(-0.5 * 0.25);          // r = 0.25 / 0.5 = 0.5, same for both points
        var a = 2.0 + 0.1;
        var det = a * a - k12 * k12;
        double[,] inverse = { { a / det, -k12 / det }, { -k12 / det, a / det } };
        double[] r = [1.0 - 0.25, -1.0 - 0.25];
        var expectedMean = 0.25 + kStar * (inverse[0, 0] * r[0] + inverse[0, 1] * r[1] + inverse[1, 0] * r[0] + inverse[1, 1] * r[1]);
        var expectedVariance = 2.0 - kStar * kStar * (inverse[0, 0] + inverse[0, 1] + inverse[1, 0] + inverse[1, 1]);

        var (mean, variance) = gp.Predict([0.25]);

        Assert.Equal(expectedMean, mean, 12);
        Assert.Equal(expectedVariance, variance, 12);
    }

    [Fact]
    public void Three_point_posterior_matches_a_dense_inverse()
    {
        var h = new GpHyperparameters([0.3, 0.7], 1.5, 0.01, -0.2);
        double[][] x = [[0.1, 0.2], [0.8, 0.4], [0.5, 0.9]];
        double[] y = [0.3, -1.2, 2.0];
        var gp = GaussianProcess.Condition(h, KernelKind.Matern52, x, y);
        var kernel = new StationaryKernel(KernelKind.Matern52, h.Lengthscales, h.Outputscale);
        var k = Matrix<double>.Build.Dense(3, 3, (i, j) => kernel.Covariance(x[i], x[j]) + (i == j ? h.NoiseVariance : 0.0));
        double[] star = [0.4, 0.5];
        var kStar = Vector<double>.Build.Dense(3, i => kernel.Covariance(x[i], star));
        var residual = Vector<double>.Build.Dense(3, i => y[i] - h.Mean);
        var inverse = k.Inverse();

        var (mean, variance) = gp.Predict(star);

        Assert.Equal(h.Mean + kStar * inverse * residual, mean, 10);
        Assert.Equal(h.Outputscale - kStar * inverse * kStar, variance, 10);
    }

    [Fact]
    public void Joint_covariance_diagonal_equals_pointwise_variance()
    {
        var gp = GaussianProcess.Condition(Unit, KernelKind.Matern32, [[0.0], [0.5], [0.9]], [1.0, -1.0, 0.3]);
        double[][] points = [[0.2], [0.7]];

        var (mean, covariance) = gp.PredictJoint(points);

        for (var i = 0; i < points.Length; i++)
        {
            var (m, v) = gp.Predict(points[i]);
            Assert.Equal(m, mean[i], 12);
            Assert.Equal(v, covariance[i][i], 12);
        }
    }

    [Fact]
    public void Non_finite_target_is_rejected_with_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => GaussianProcess.Condition(Unit, KernelKind.Rbf, [[0.0], [0.5]], [1.0, double.NaN]));
        Assert.Contains("finite", error.Message);
    }

    [Fact]
    public void Duplicate_points_without_noise_factorize_with_jitter()
    {
        var noiseless = Unit with { NoiseVariance = 0.0 };
        var gp = GaussianProcess.Condition(noiseless, KernelKind.Rbf, [[0.3], [0.3], [0.3]], [1.0, 1.0, 1.0]);

        var (mean, variance) = gp.Predict([0.3]);

        Assert.Equal(1.0, mean, 4);
        Assert.InRange(variance, 0.0, 1e-4);
    }
}
