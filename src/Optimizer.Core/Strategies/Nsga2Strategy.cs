using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// NSGA-II (Deb, Pratap, Agarwal and Meyarivan, "A fast and elitist multiobjective genetic algorithm: NSGA-II", IEEE TEVC 6,
/// 2002) in steady-state form for asynchronous workers. The first <see cref="PopulationSize"/> points are a scrambled Sobol
/// design; after that each proposal ranks every finished trial by constraint-domination non-dominated sorting and crowding
/// distance, keeps the best <see cref="PopulationSize"/> as parents, and breeds children by binary tournament, simulated
/// binary crossover and polynomial mutation in the unit-cube encoding. A child equal to a finished, pending or already
/// proposed point is bred again, and if breeding keeps repeating (a discrete space around converged parents) a uniform
/// point is drawn instead; only a small discrete space with no new point left yields repeats.
/// </summary>
public sealed class Nsga2Strategy : IStrategy
{
    // Children bred per proposal before falling back to uniform points: in a discrete space the parents' neighbourhood
    // can run out of new assignments while the space still has many.
    private const int MaxBredAttempts = 64;

    // Uniform points tried after that before a repeat is accepted (only an exhausted discrete space gets this far).
    private const int MaxUniformAttempts = 256;

    private readonly SearchSpace _space;
    private readonly IReadOnlyList<Objective> _objectives;
    private readonly IReadOnlyList<OutcomeConstraint> _constraints;
    private readonly int _seed;
    private readonly SobolStrategy _initialDesign;

    /// <param name="populationSize">Parents kept per generation; by default max(20, 4 d) with d the encoded dimension.</param>
    public Nsga2Strategy(
        SearchSpace space,
        IReadOnlyList<Objective> objectives,
        IReadOnlyList<OutcomeConstraint> constraints,
        int seed,
        int? populationSize = null)
    {
        if (objectives.Count == 0)
            throw new ArgumentException("NSGA-II needs at least one objective", nameof(objectives));
        PopulationSize = populationSize ?? Math.Max(20, 4 * space.Dimension);
        if (PopulationSize < 2)
            throw new ArgumentOutOfRangeException(nameof(populationSize), populationSize, "a population needs at least two individuals");
        _space = space;
        _objectives = objectives;
        _constraints = constraints;
        _seed = seed;
        _initialDesign = new SobolStrategy(space, seed);
    }

    /// <summary>Number of parents kept, and of initial space-filling points.</summary>
    public int PopulationSize { get; }

    public IReadOnlyList<Assignment> Propose(
        IReadOnlyList<Observation> history,
        IReadOnlyList<Assignment> pending,
        int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        // The design fills the first PopulationSize points, and everything while fewer than two trials can be parents.
        var designCount = history.Count(o => !o.Failed) < 2 ? count : (int)Math.Clamp(PopulationSize - ((long)history.Count + pending.Count), 0, count);
        var proposals = new List<Assignment>(count);
        proposals.AddRange(_initialDesign.Propose(history, pending, designCount));
        if (proposals.Count == count) return proposals;

        var taken = new TakenPoints(_space);
        taken.AddRange(history.Select(o => o.Parameters));
        taken.AddRange(pending);
        taken.AddRange(proposals);

        var population = Parents(history.Where(o => !o.Failed).ToList());
        var random = new Random(SeedMixer.Mix(SeedMixer.Mix(SeedMixer.Mix(_seed, history.Count), pending.Count), count));
        var mutationRate = 1.0 / _space.Dimension;
        var children = new Queue<double[]>();
        while (proposals.Count < count)
        {
            for (var attempt = 1; ; attempt++)
            {
                var x = attempt <= MaxBredAttempts ? NextChild(population, children, mutationRate, random) : UniformPoint(random);
                var point = _space.Decode(x);
                if (taken.Add(point) || attempt == MaxBredAttempts + MaxUniformAttempts)
                {
                    proposals.Add(point);
                    break;
                }
            }
        }
        return proposals;
    }

    private static double[] NextChild(Nsga2Population population, Queue<double[]> children, double mutationRate, Random random)
    {
        if (children.Count == 0)
        {
            var (first, second) = Nsga2Variation.Crossover(population.Tournament(random), population.Tournament(random), random);
            children.Enqueue(first);
            children.Enqueue(second);
        }
        var child = children.Dequeue();
        Nsga2Variation.Mutate(child, mutationRate, random);
        return child;
    }

    private double[] UniformPoint(Random random)
    {
        var x = new double[_space.Dimension];
        for (var j = 0; j < x.Length; j++) x[j] = random.NextDouble();
        return x;
    }

    private Nsga2Population Parents(IReadOnlyList<Observation> history)
    {
        var inputs = new double[history.Count][];
        var objectives = new double[history.Count][];
        var violations = new double[history.Count];
        for (var i = 0; i < history.Count; i++)
        {
            inputs[i] = _space.Encode(history[i].Parameters);
            if (!ObjectiveVector.TryToMaximization(history[i].Values, _objectives, out objectives[i]))
                throw new ArgumentException(
                    $"observation {i}: every objective ({string.Join(", ", _objectives.Select(o => o.Name))}) must be present and finite",
                    nameof(history));
            violations[i] = Feasibility.TotalViolation(history[i].Values, _constraints);
        }
        return new Nsga2Population(inputs, objectives, violations, PopulationSize);
    }
}
