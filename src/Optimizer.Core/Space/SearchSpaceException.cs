namespace Optimizer.Core.Space;

/// <summary>An invalid parameter definition or value; names the parameter at fault.</summary>
public sealed class SearchSpaceException(string parameter, string message)
    : Exception($"parameter '{parameter}': {message}")
{
    public string Parameter { get; } = parameter;

    /// <summary>What is wrong, without the parameter's name (for callers that name the parameter their own way).</summary>
    public string Reason { get; } = message;
}
