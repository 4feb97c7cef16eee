using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Optimizer.Core.Models;

namespace Optimizer.Core.Tests.Models;

public sealed class GaussianProcessExtensionTests
{
    private static (double[][] X, double[] Y, GpHyperparameters H) RandomData(int seed, int n, int d)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var y = x.Select(p => Math.Sin(5 * p.Sum()) + 0.1 * random.NextDouble()).ToArray();
        var h = new GpHyperparameters(Enumerable.Range(0, d).Select(_ => 0.1 + random.NextDouble()).ToArray(), 0.5 + random.NextDouble(), 1e-6 + 0.01 * random.NextDouble(), random.NextDouble() - 0.5);
        return (x, y, h);
    }

    [Property(MaxTest = 60)]
    public Property Extending_a_process_equals_a_fresh_factorization_bit_for_bit(PositiveInt seed, PositiveInt size, PositiveInt added, bool rbf)
    {
        var n = 2 + size.Get % 40;
        var m = 1 + added.Get % n;
        var kind = rbf ? KernelKind.Rbf : KernelKind.Matern52;
        var (x, y, h) = RandomData(seed.Get, n, 4);
        var fresh = GaussianProcess.Condition(h, kind, x, y);
        // Other targets on the leading inputs: only the inputs and hyper-parameters carry over.
        var leading = GaussianProcess.Condition(h, kind, x[..(n - m)], y[..(n - m)].Select(v => 3 * v).ToArray());

        var extended = leading.Extend(x, y);

        Assert.NotNull(extended);
        var same = Enumerable.Range(0, n).All(i => fresh.Factor.Row(i).SequenceEqual(extended.Factor.Row(i)))
            && fresh.Alpha.SequenceEqual(extended.Alpha)
            && fresh.Targets.SequenceEqual(extended.Targets);
        return same.Label($"n = {n}, {m} added");
    }

    [Fact]
    public void A_process_is_not_extended_to_inputs_that_do_not_begin_with_its_own()
    {
        var (x, y, h) = RandomData(7, 12, 3);
        var leading = GaussianProcess.Condition(h, KernelKind.Matern52, x[..8], y[..8]);
        double[][] reordered = [x[1], x[0], .. x[2..]];

        Assert.Null(leading.Extend(reordered, y));
        Assert.Null(leading.Extend(x[..5], y[..5]));
    }

    [Fact]
    public void A_factor_that_needed_jitter_is_not_extended_but_refactorized()
    {
        // A smooth kernel on close points without noise: numerically singular, so the factorization adds jitter.
        var x = Enumerable.Range(0, 30).Select(i => new[] { i / 300.0 }).ToArray();
        var y = x.Select(p => p[0]).ToArray();
        var h = new GpHyperparameters([10.0], 1.0, 0.0, 0.0);
        var leading = GaussianProcess.Condition(h, KernelKind.Rbf, x[..20], y[..20]);
        Assert.True(leading.Factor.Jitter > 0);

        Assert.Null(leading.Extend(x, y));
    }
}
