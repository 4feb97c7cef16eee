using Optimizer.Core.Outcomes;


namespace Optimizer.Core.MultiObjective;

/// <summary>The objective values of an evaluation as one vector in "larger is better" orientation.</summary>
public static class ObjectiveVector
{
    /// <summary>
    /// Reads every objective from <paramref name="values"/> in order and turns it to maximization;
    /// false when one is missing or not a finite number (such a point has no place in objective space).
    /// </summary>
    public static bool TryToMaximization(
        IReadOnlyDictionary<string, double> values, IReadOnlyList<Objective> objectives, out double[] vector)
    {
        vector = new double[objectives.Count];
        for (var i = 0; i < objectives.Count; i++)
        {
            if (!values.TryGetValue(objectives[i].Name, out var value) || !double.IsFinite(value))
                return false;
            vector[i] = objectives[i].ToMaximization(value);
        }
        return true;
    }
}
