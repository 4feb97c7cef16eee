using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Optimizer.Bench.Loopback;

/// <summary>
/// A TLS connection from 127.0.0.1 to a coordinator that presents a certificate of another study, as a stranger on the
/// same machine would: the coordinator must end it.
/// </summary>
public static class StrangerConnection
{
    /// <summary>
    /// True when the coordinator on <paramref name="port"/> ends the connection within <paramref name="giveUp"/>.
    /// TLS 1.3 lets the client finish its handshake before the server has judged the client's certificate: the refusal
    /// shows as the handshake failing or as the stream ending on the first read.
    /// </summary>
    public static async Task<bool> IsDroppedAsync(int port, X509Certificate2 certificate, TimeSpan giveUp)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        using var timeout = new CancellationTokenSource(giveUp);
        await using var tls = new SslStream(client.GetStream());
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "127.0.0.1",
                ClientCertificates = [certificate],
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
            }, timeout.Token);
            return await tls.ReadAsync(new byte[1], timeout.Token) == 0;
        }
        catch (Exception e) when (e is IOException or AuthenticationException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
