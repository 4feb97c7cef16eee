using Optimizer.Core.Space;

namespace Optimizer.Bench.EarlyStopping;

/// <summary>What the <c>early-stopping</c> bench tunes: a space of training settings and the learning curve of each training.</summary>
public interface ILearningCurveProblem
{
    /// <summary>One line naming the problem in the bench's output.</summary>
    string Description { get; }

    SearchSpace Space { get; }

    /// <summary>
    /// The validation loss after epochs 1 .. <paramref name="epochs"/> of one training of <paramref name="point"/>, each epoch
    /// computed only when it is enumerated (a pruned training spends only the epochs it ran).
    /// </summary>
    IEnumerable<double> Train(Assignment point, int epochs, int seed);

    /// <summary>What the bench reports for the complete trial a user would pick, given its observed final loss.</summary>
    double FinalValue(Assignment point, double observedFinalLoss);
}
