using System.Net;
using System.Net.Sockets;
using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Hosting;
using Optimizer.Core.Strategies;
using Optimizer.Storage.Sqlite;
using Optimizer.StudyFiles;

namespace Optimizer.Bench.Loopback;

/// <summary>
/// A coordinator in the bench process on a free port of 127.0.0.1, for the cluster benches: a study of
/// <paramref name="Trials"/> instant trials on <c>x</c> (and <c>z</c>) in [0, 1] with the Sobol strategy, a real SQLite
/// store and a fresh study credential written to <see cref="SecretFile"/> for worker processes.
/// </summary>
public sealed class BenchCoordinator : IDisposable
{
    private BenchCoordinator(ClusterCoordinatorHost host, SqliteStudyStore store, NodeEndpoint listen, StudyCredential credential, string secretFile)
    {
        (Host, Store, Listen, Credential, SecretFile) = (host, store, listen, credential, secretFile);
    }

    public ClusterCoordinatorHost Host { get; }

    public SqliteStudyStore Store { get; }

    public NodeEndpoint Listen { get; }

    public StudyCredential Credential { get; }

    /// <summary>The credential's file (mode 600), for <c>--secret-file</c>.</summary>
    public string SecretFile { get; }

    /// <summary>Starts the coordinator of study <paramref name="name"/> in <paramref name="directory"/>; plain TCP when <paramref name="insecure"/>.</summary>
    public static BenchCoordinator Start(string directory, string name, int trials, int parameters, bool insecure)
    {
        var text = $$"""
            name: {{name}}
            parameters:
            {{string.Join('\n', new[] { "x", "z" }.Take(parameters).Select(p => $"  - {{name: {p}, type: float, low: 0, high: 1}}"))}}
            objectives:
              - {name: y, direction: minimize}
            evaluator:
              command: ["true"]
            budget: {trials: {{trials}}}
            strategy: {kind: sobol}
            """;
        var studyFile = Path.Combine(directory, "study.yaml");
        File.WriteAllText(studyFile, text);
        var credential = StudyCredential.Create(DateTimeOffset.UtcNow);
        var secretFile = Path.Combine(directory, "credential");
        credential.WriteTo(secretFile);
        var definition = StudyFileLoader.Parse(text, studyFile);
        var listen = new NodeEndpoint("127.0.0.1", FreePort());
        var store = SqliteStudyStore.Create(Path.Combine(directory, name + ".db"), text);
        var host = ClusterCoordinatorHost.Start(store, definition, new SobolStrategy(definition.Space, 1),
            new ClusterCoordinatorOptions(listen, insecure ? ClusterTransport.PlainTcp : ClusterTransport.Tls(credential), credential.Secret,
                store.StudyId!, Path.GetFileName(studyFile), new CoordinatorSettings(trials, 10)));
        return new BenchCoordinator(host, store, listen, credential, secretFile);
    }

    /// <summary>A port of 127.0.0.1 that nothing listened on a moment ago.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Store.Dispose();
}
