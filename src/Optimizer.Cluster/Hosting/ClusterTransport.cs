using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Akka.Actor;
using Akka.Actor.Setup;
using Akka.Configuration;
using Akka.Event;
using Akka.Remote.Transport.DotNetty;
using Optimizer.Cluster.Admission;

namespace Optimizer.Cluster.Hosting;

/// <summary>
/// How the nodes of a study reach each other. By default Akka.Remote's DotNetty TLS with mutual authentication: each
/// side presents the study's certificate and accepts only a peer presenting that same certificate (pinned by its
/// SHA-256 fingerprint), so a node without the credential cannot associate at all. <see cref="PlainTcp"/> (the
/// command line's <c>--insecure</c>) leaves the traffic unauthenticated and readable by anyone on the network.
/// </summary>
public sealed class ClusterTransport
{
    private ClusterTransport(StudyCredential? credential) => Credential = credential;

    /// <summary>The credential whose certificate both ends present; null over plain TCP.</summary>
    public StudyCredential? Credential { get; }

    public bool IsAuthenticated => Credential is not null;

    /// <summary>Akka's protocol name in the nodes' addresses: <c>akka.ssl.tcp</c> over TLS, <c>akka.tcp</c> over plain TCP.</summary>
    public string Protocol => IsAuthenticated ? "akka.ssl.tcp" : "akka.tcp";

    /// <summary>Mutually authenticated TLS pinned to the credential's certificate.</summary>
    public static ClusterTransport Tls(StudyCredential credential) => new(credential);

    /// <summary>Plain, unauthenticated TCP (<c>--insecure</c>): anyone who reaches the port can take part.</summary>
    public static ClusterTransport PlainTcp { get; } = new(null);

    /// <summary>The address of the optimizer's actor system at <paramref name="endpoint"/> over this transport.</summary>
    public Address AddressOf(NodeEndpoint endpoint) => new(Protocol, ClusterConfig.SystemName, endpoint.Host, endpoint.Port);

    /// <summary>Whether the peer's certificate is the study's: the same SHA-256 fingerprint, whatever its (self-signed) chain.</summary>
    public static bool IsStudyCertificate(X509Certificate2? presented, X509Certificate2 study) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(presented.GetCertHash(HashAlgorithmName.SHA256), study.GetCertHash(HashAlgorithmName.SHA256));

    internal Config Hocon => ConfigurationFactory.ParseString(
        $"akka.remote.dot-netty.tcp.enable-ssl = {(IsAuthenticated ? "on" : "off")}");

    /// <summary>The actor system's setup: <paramref name="config"/>, and over TLS the certificate and the pinning validator.</summary>
    internal ActorSystemSetup Setup(Config config)
    {
        var bootstrap = BootstrapSetup.Create().WithConfig(Hocon.WithFallback(config));
        if (Credential is not { } credential)
            return ActorSystemSetup.Create(bootstrap);
        var study = credential.Certificate;
        var ssl = new DotNettySslSetup(study, suppressValidation: false, requireMutualAuthentication: true,
            customValidator: (certificate, _, peer, errors, log) => Accepts(certificate, study, peer, errors, log));
        return bootstrap.And(ssl);
    }

    // A self-signed certificate always fails chain validation; the pin is what authenticates it. No certificate: refused.
    private static bool Accepts(X509Certificate2? certificate, X509Certificate2 study, string peer, SslPolicyErrors errors, ILoggingAdapter log)
    {
        if ((errors & SslPolicyErrors.RemoteCertificateNotAvailable) == 0 && IsStudyCertificate(certificate, study))
            return true;
        log.Warning("refused a connection from {0}: it does not present this study's certificate (start it with the study's --secret-file)", peer);
        return false;
    }
}
