using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Sampling;

namespace Optimizer.Bench.Latency;

/// <summary>Evaluated points of a seeded scrambled-Sobol design: a reproducible stand-in for a study's history.</summary>
public static class SobolHistory
{
    /// <summary>The first <paramref name="count"/> design points of <paramref name="problem"/>'s space with their values.</summary>
    public static IReadOnlyList<Observation> Create(IProblem problem, int count, int seed)
    {
        var design = new ScrambledSobol(problem.Space.Dimension, seed);
        var observations = new Observation[count];
        for (var i = 0; i < count; i++)
        {
            var point = problem.Space.Decode(design.PointAt(i));
            observations[i] = new Observation(point, problem.Evaluate(point));
        }
        return observations;
    }
}
