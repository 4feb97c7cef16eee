using MathNet.Numerics.LinearAlgebra;

namespace DnnFpga.Evaluator;

/// <summary>Scales every feature to zero mean and unit variance over the training events (the usual input preprocessing before hls4ml).</summary>
internal sealed class FeatureStandardizer
{
    private readonly double[] _mean;
    private readonly double[] _scale;

    public FeatureStandardizer(IReadOnlyList<double[]> training)
    {
        var features = training[0].Length;
        _mean = [.. Enumerable.Range(0, features).Select(f => training.Average(r => r[f]))];
        _scale = [.. Enumerable.Range(0, features).Select(f =>
        {
            var sd = Math.Sqrt(training.Average(r => (r[f] - _mean[f]) * (r[f] - _mean[f])));
            return sd > 0 ? 1 / sd : 1;
        })];
    }

    /// <summary>The standardized events, one per row (n x d).</summary>
    public Matrix<double> Transform(IReadOnlyList<double[]> events) =>
        Matrix<double>.Build.Dense(events.Count, _mean.Length, (i, f) => (events[i][f] - _mean[f]) * _scale[f]);
}
