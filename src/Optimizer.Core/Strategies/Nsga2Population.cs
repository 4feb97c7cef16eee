using Optimizer.Core.MultiObjective;

namespace Optimizer.Core.Strategies;

/// <summary>
/// The parent population of NSGA-II (Deb et al. 2002): all evaluated individuals ranked by constraint-domination
/// non-dominated sorting, the best <c>size</c> kept front by front with the last front cut by crowding distance,
/// and parents drawn by binary tournament on (rank, crowding).
/// </summary>
internal sealed class Nsga2Population
{
    private readonly double[][] _inputs;
    private readonly int[] _rank;
    private readonly double[] _crowding;

    /// <param name="inputs">n encoded points (length d each).</param>
    /// <param name="objectives">n objective vectors (length m each, maximized).</param>
    /// <param name="violations">n total constraint violations (0 for a feasible point).</param>
    /// <param name="size">How many individuals to keep.</param>
    public Nsga2Population(IReadOnlyList<double[]> inputs, IReadOnlyList<double[]> objectives, IReadOnlyList<double> violations, int size)
    {
        // Deb et al. 2002, sec. IV: feasible beats infeasible; of two infeasible the smaller violation; of two feasible, Pareto dominance.
        bool Dominates(int a, int b) => (violations[a], violations[b]) switch
        {
            (0, 0) => Dominance.Dominates(objectives[a], objectives[b]),
            (0, _) => true,
            (_, 0) => false,
            var (va, vb) => va < vb,
        };

        var inputsKept = new List<double[]>(size);
        var rank = new List<int>(size);
        var crowding = new List<double>(size);
        var fronts = NonDominatedSorting.Sort(inputs.Count, Dominates);
        for (var f = 0; f < fronts.Count && inputsKept.Count < size; f++)
        {
            var front = fronts[f];
            var distance = CrowdingDistance.Compute(objectives, front);
            var order = Enumerable.Range(0, front.Length).ToArray();
            if (inputsKept.Count + front.Length > size)
                Array.Sort(order, (a, b) => distance[a] != distance[b] ? distance[b].CompareTo(distance[a]) : a.CompareTo(b));
            foreach (var k in order.Take(size - inputsKept.Count))
            {
                inputsKept.Add(inputs[front[k]]);
                rank.Add(f);
                crowding.Add(distance[k]);
            }
        }
        _inputs = [.. inputsKept];
        _rank = [.. rank];
        _crowding = [.. crowding];
    }

    /// <summary>Number of individuals kept.</summary>
    public int Count => _inputs.Length;

    /// <summary>The encoded point of the winner of a binary tournament under the crowded-comparison operator (Deb et al. 2002, sec. III-C).</summary>
    public double[] Tournament(Random random)
    {
        var a = random.Next(Count);
        var b = Count > 1 ? (a + 1 + random.Next(Count - 1)) % Count : a;
        var aWins = _rank[a] != _rank[b] ? _rank[a] < _rank[b] : _crowding[a] >= _crowding[b];
        return _inputs[aWins ? a : b];
    }
}
