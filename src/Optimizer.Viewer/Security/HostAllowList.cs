using System.Net;

namespace Optimizer.Viewer.Security;

/// <summary>
/// The Host names the viewer answers to, against DNS rebinding: a page from another site whose name is made to resolve
/// to this machine sends its own name as Host, never a loopback name or the address the viewer was told to bind.
/// </summary>
internal sealed class HostAllowList
{
    private static readonly string[] LoopbackNames = ["localhost"];
    private static readonly string[] WildcardBindings = ["0.0.0.0", "::", "[::]", "*", "+"];
    private readonly HashSet<string> _names;
    private readonly bool _anyAddress;

    private HostAllowList(HashSet<string> names, bool anyAddress)
    {
        _names = names;
        _anyAddress = anyAddress;
    }

    /// <summary>
    /// Loopback names and addresses, and <paramref name="boundHost"/>; a wildcard binding (0.0.0.0, ::) also admits this
    /// machine's name and any address literal, since a rebinding attack always carries a DNS name of its own.
    /// </summary>
    public static HostAllowList For(string boundHost)
    {
        var names = new HashSet<string>(LoopbackNames, StringComparer.OrdinalIgnoreCase) { Unbracket(boundHost) };
        var anyAddress = WildcardBindings.Contains(boundHost);
        if (anyAddress)
        {
            var machine = Dns.GetHostName();
            names.Add(machine);
            names.Add(machine.Split('.')[0]);
        }
        return new HostAllowList(names, anyAddress);
    }

    /// <summary>Whether a request whose Host header names <paramref name="host"/> (without the port) is answered.</summary>
    public bool Admits(string host)
    {
        var name = Unbracket(host).TrimEnd('.');
        if (name.Length == 0)
            return false;
        if (IPAddress.TryParse(name, out var address))
            return IPAddress.IsLoopback(address) || _anyAddress || _names.Contains(name);
        return _names.Contains(name);
    }

    private static string Unbracket(string host) => host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
}
