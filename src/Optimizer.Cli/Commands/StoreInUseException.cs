namespace Optimizer.Cli.Commands;

/// <summary>A study store whose <see cref="StoreLease"/> another living process holds.</summary>
internal sealed class StoreInUseException(string storePath, string holder)
    : Exception($"{storePath} is in use by {holder}; stop that process first, or run this study into another file with --storage NEW.db")
{
    public string Holder { get; } = holder;
}
