namespace Optimizer.Fpga.Bdt;

/// <summary>
/// What the FPGA cost of a boosted decision tree depends on: the number of trees, the depth of the deepest tree
/// and the number of internal (comparison) nodes over all trees. A multi-class BDT counts the trees of every class.
/// </summary>
public sealed record TreeEnsembleShape
{
    /// <summary>Creates a shape: at least one tree; a tree of a single leaf (a constant) has depth 0 and no internal node.</summary>
    public TreeEnsembleShape(int trees, int maxDepth, int internalNodes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trees, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        ArgumentOutOfRangeException.ThrowIfNegative(internalNodes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((double)internalNodes, trees * (Math.Pow(2, maxDepth) - 1), nameof(internalNodes));
        Trees = trees;
        MaxDepth = maxDepth;
        InternalNodes = internalNodes;
    }

    /// <summary>Number of trees.</summary>
    public int Trees { get; }

    /// <summary>Depth of the deepest tree (a single split has depth 1).</summary>
    public int MaxDepth { get; }

    /// <summary>Internal (comparison) nodes over all trees.</summary>
    public int InternalNodes { get; }

    /// <summary>An ensemble of full binary trees: <c>trees (2^depth - 1)</c> internal nodes.</summary>
    public static TreeEnsembleShape Full(int trees, int depth) => new(trees, depth, trees * ((1 << depth) - 1));

    /// <summary>The shape of trained trees, each given by its internal node count and depth.</summary>
    public static TreeEnsembleShape FromTrees(IReadOnlyCollection<(int InternalNodes, int Depth)> trees)
    {
        if (trees.Count == 0)
        {
            throw new ArgumentException("A tree ensemble needs at least one tree.", nameof(trees));
        }

        return new TreeEnsembleShape(trees.Count, trees.Max(t => t.Depth), trees.Sum(t => t.InternalNodes));
    }
}
