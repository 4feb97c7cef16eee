namespace Optimizer.Core.Space;

/// <summary>An invalid parameter definition or value; names the parameter at fault.</summary>
public sealed class SearchSpaceException(string parameter, string message)
    : Exception($"parameter '{parameter}': {message}")
{
    public string Parameter { get; } = parameter;
}
