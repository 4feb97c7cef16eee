namespace Optimizer.Core.Expressions;

/// <summary>A closed-form expression that cannot be parsed, with the 0-based character position of the problem.</summary>
public sealed class ExpressionException(int position, string reason)
    : Exception($"at character {position + 1}: {reason}")
{
    /// <summary>0-based index into the expression text.</summary>
    public int Position { get; } = position;

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; } = reason;
}
