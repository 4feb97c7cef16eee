using System.Globalization;

namespace Optimizer.Cluster.Hosting;

/// <summary>A host and TCP port of an actor system (<c>HOST:PORT</c>); port 0 picks a free one.</summary>
public readonly record struct NodeEndpoint(string Host, int Port)
{
    /// <summary>Parses <c>HOST:PORT</c> or <c>HOST</c> (port <paramref name="defaultPort"/>).</summary>
    /// <exception cref="FormatException">Not a host and a port between 0 and 65535.</exception>
    public static NodeEndpoint Parse(string text, int defaultPort)
    {
        var colon = text.LastIndexOf(':');
        var host = colon < 0 ? text : text[..colon];
        var port = defaultPort;
        if (host.Length == 0
            || (colon >= 0 && !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port))
            || port is < 0 or > 65535)
            throw new FormatException($"'{text}' is not HOST:PORT (for example 127.0.0.1:4053)");
        return new NodeEndpoint(host, port);
    }

    public override string ToString() => $"{Host}:{Port}";
}
