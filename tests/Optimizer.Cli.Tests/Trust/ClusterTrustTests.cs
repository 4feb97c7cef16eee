using System.Diagnostics;
using Akka.Actor;
using Optimizer.Bench.Loopback;
using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Hosting;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Studies;
using Xunit.Abstractions;

namespace Optimizer.Cli.Tests.Trust;

/// <summary>Cluster mode as a hostile user on the same machine tries it: real coordinator and worker processes on 127.0.0.1.</summary>
public sealed class ClusterTrustTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan StudyTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StrangerWait = TimeSpan.FromSeconds(10);

    private readonly StudyDirectory _study = new();
    private ClusterProcesses? _cluster;

    private ClusterProcesses Cluster => _cluster ??= new ClusterProcesses(_study);

    private NodeEndpoint Endpoint => new("127.0.0.1", Cluster.Port);

    [Fact]
    public async Task A_stranger_without_the_credential_can_neither_join_nor_reach_the_coordinator_nor_get_a_trial()
    {
        _study.WriteStudy(trials: 4);
        var coordinator = Cluster.StartCoordinator();
        await Eventually.True(() => coordinator.Stderr.Contains("listening on"), StudyTimeout, "the coordinator listening");
        var otherCredential = StudyCredential.FromFile(ClusterProcesses.NewCredential(_study.Path, "other-credential"));
        using var withOtherCertificate = StrangerNode.Joining(Endpoint, ClusterTransport.Tls(otherCredential));
        using var overPlainTcp = StrangerNode.Joining(Endpoint, ClusterTransport.PlainTcp);

        foreach (var stranger in new[] { withOtherCertificate, overPlainTcp })
        {
            Assert.Null(await stranger.IdentifyAsync(Endpoint, "/user/coordinator", StrangerWait));
            Assert.Null(await stranger.IdentifyAsync(Endpoint, "/user/gate", StrangerWait));
            Assert.DoesNotContain(Akka.Cluster.Cluster.Get(stranger.System).State.Members, m => m.Status == Akka.Cluster.MemberStatus.Up);
        }
        var honest = Cluster.StartWorker("honest", 0);

        Assert.Equal(0, await coordinator.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await honest.WaitForExitAsync(StudyTimeout));
        var trials = _study.ReadTrials();
        Assert.Equal(4, trials.Count(t => t.State == TrialState.Complete && t.Worker == "honest"));
        Assert.DoesNotContain("   at ", coordinator.Stderr);
    }

    [Fact]
    public async Task A_stranger_presenting_another_certificate_is_dropped_within_seconds()
    {
        _study.WriteStudy(trials: 1);
        var coordinator = Cluster.StartCoordinator();
        await Eventually.True(() => coordinator.Stderr.Contains("listening on"), StudyTimeout, "the coordinator listening");
        var other = StudyCredential.FromFile(ClusterProcesses.NewCredential(_study.Path, "other-credential")).Certificate;

        var clock = Stopwatch.StartNew();
        var dropped = await StrangerConnection.IsDroppedAsync(Cluster.Port, other, TimeSpan.FromSeconds(30));
        clock.Stop();

        Assert.True(dropped, "the coordinator kept talking to a node with another certificate");
        output.WriteLine($"a stranger with another certificate was dropped {clock.Elapsed.TotalMilliseconds:F0} ms after connecting");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"dropped only after {clock.Elapsed}");
        // This stranger accepts any server certificate, so the coordinator always judges (and names) the stranger's; a
        // stranger node that pins its own certificate may reject the coordinator's first and never present one.
        await Eventually.True(() => coordinator.Stderr.Contains("does not present this study's certificate"), StudyTimeout,
            "the coordinator saying why it refused the connection");
    }

    [Fact]
    public async Task Over_plain_tcp_forged_results_stop_and_admission_change_nothing()
    {
        _study.WriteStudy(trials: 6);
        var secret = ClusterProcesses.WriteSecret(_study.Path, "bare-secret", "s3cret-of-the-study");
        var coordinator = Cluster.StartCoordinator("--insecure", "--secret-file", secret);
        await Eventually.True(() => coordinator.Stderr.Contains("listening on"), StudyTimeout, "the coordinator listening");
        using var stranger = StrangerNode.Joining(Endpoint, ClusterTransport.PlainTcp);
        var target = await stranger.IdentifyAsync(Endpoint, "/user/coordinator", StudyTimeout);
        var gate = await stranger.IdentifyAsync(Endpoint, "/user/gate", StudyTimeout);
        Assert.NotNull(target);
        Assert.NotNull(gate);
        var inbox = Inbox.Create(stranger.System);

        inbox.Send(target, new RegisterWorker("stranger", ProtocolVersion.Current));
        Assert.IsType<RegistrationRefused>(inbox.Receive(StudyTimeout));
        inbox.Send(gate, new RequestAdmission("stranger", ProtocolVersion.Current, StudySecret.NewNonce()));
        var challenge = Assert.IsType<AdmissionChallenge>(inbox.Receive(StudyTimeout));
        inbox.Send(gate, new AdmissionProof("stranger", challenge.Nonce, StudySecret.FromText("a guess").Prove(challenge.Nonce, "stranger")));
        Assert.Equal("admission refused: wrong secret", Assert.IsType<RegistrationRefused>(inbox.Receive(StudyTimeout)).Reason);
        var wrongSecret = ClusterProcesses.WriteSecret(_study.Path, "wrong", "guessed");
        var intruder = Cluster.StartWorker("intruder", 0, secretFile: wrongSecret, extra: ["--insecure"]);
        // Admission is mutual: the intruder already finds that the coordinator does not prove its (wrong) secret.
        Assert.Equal(3, await intruder.WaitForExitAsync(StudyTimeout));
        Assert.Contains("does not prove the secret", intruder.Stderr);

        var honest = Cluster.StartWorker("honest", 0.3, secretFile: secret, extra: ["--insecure"]);
        var exit = coordinator.WaitForExitAsync(StudyTimeout);
        while (!exit.IsCompleted)
        {
            Forge(target!, stranger.Address, inbox);
            await Task.WhenAny(exit, Task.Delay(200));
        }

        Assert.Equal(0, await exit);
        Assert.Equal(0, await honest.WaitForExitAsync(StudyTimeout));
        var trials = _study.ReadTrials();
        Assert.Equal(6, trials.Count);
        Assert.All(trials, t => Assert.Equal((TrialState.Complete, "honest"), (t.State, t.Worker)));
        Assert.All(trials, t => Assert.InRange(t.Values["y"], 0, 10));
        Assert.Contains("never admitted", coordinator.Stderr);
    }

    [Fact]
    public async Task A_waiting_worker_refuses_a_fake_coordinator_and_runs_nothing()
    {
        _study.WriteStudy(trials: 2);
        var marker = Path.Combine(_study.Path, "fake-study-ran");
        var fakeStudy = File.ReadAllText(_study.StudyFile).Replace("command: [python3", $"command: [touch, \"{marker}\", python3");
        var secret = ClusterProcesses.WriteSecret(_study.Path, "bare-secret", "s3cret-of-the-study");
        using var fake = StrangerNode.Seed(Endpoint, ClusterTransport.PlainTcp);
        fake.System.ActorOf(FakeGate.Props(fakeStudy), "gate");

        var worker = Cluster.StartWorker("victim", 0, secretFile: secret, extra: ["--insecure"]);

        Assert.Equal(3, await worker.WaitForExitAsync(StudyTimeout));
        Assert.Contains("does not prove the secret", worker.Stderr);
        Assert.False(File.Exists(marker), "the worker ran the fake coordinator's command");
        Assert.False(Directory.Exists(Path.Combine(_study.Path, ".trials")), "the worker started a trial of the fake study");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_credential_group_or_others_may_read_is_refused_with_exit_2()
    {
        _study.WriteStudy(trials: 1);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Cluster.SecretFile));
        File.SetUnixFileMode(Cluster.SecretFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var coordinator = await OptimizerProcess.RunAsync(["coordinator", _study.StudyFile, "--listen", Cluster.Address, "--secret-file", Cluster.SecretFile]);
        var worker = await OptimizerProcess.RunAsync(["worker", "--join", Cluster.Address, "--secret-file", Cluster.SecretFile]);

        foreach (var (exitCode, _, stderr) in new[] { coordinator, worker })
        {
            Assert.Equal(2, exitCode);
            Assert.Equal($"error: --secret-file {Cluster.SecretFile}: group or others may access it (mode 640); restrict it with: chmod 600 {Cluster.SecretFile}", stderr.Trim());
        }
        Assert.False(File.Exists(_study.Database));
    }

    [Fact]
    public async Task Secret_new_never_replaces_a_file_and_a_bare_secret_needs_insecure()
    {
        _study.WriteStudy(trials: 1);
        var before = File.ReadAllText(Cluster.SecretFile);
        var bare = ClusterProcesses.WriteSecret(_study.Path, "bare-secret", "s3cret");

        var again = await OptimizerProcess.RunAsync(["secret", "new", Cluster.SecretFile]);
        var withBare = await OptimizerProcess.RunAsync(["worker", "--join", Cluster.Address, "--secret-file", bare]);

        Assert.Equal(2, again.ExitCode);
        Assert.Equal(before, File.ReadAllText(Cluster.SecretFile));
        Assert.Equal(2, withBare.ExitCode);
        Assert.Contains("optimizer secret new", withBare.Stderr);
    }

    [Fact]
    public async Task Cluster_mode_stores_expression_metrics_as_run_does()
    {
        _study.WriteStudy(trials: 3);
        File.WriteAllText(_study.StudyFile, File.ReadAllText(_study.StudyFile).Replace(
            "  - {name: y, direction: minimize}",
            "  - {name: y, direction: minimize}\n  - {name: cost, direction: minimize, expression: \"10 * x + n\"}"));
        var coordinator = Cluster.StartCoordinator();
        var worker = Cluster.StartWorker("w1", 0);

        Assert.Equal(0, await coordinator.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await worker.WaitForExitAsync(StudyTimeout));
        var trials = _study.ReadTrials();
        Assert.Equal(3, trials.Count);
        Assert.All(trials, t => Assert.Equal(10 * t.Parameters["x"].Number + t.Parameters["n"].Number, t.Values["cost"], 9));
    }

    public void Dispose()
    {
        _cluster?.Dispose();
        _study.Dispose();
    }

    // Everything a stranger could forge at the coordinator: reports for every trial and attempt, a stop, its own admission.
    private static void Forge(IActorRef coordinator, Address stranger, Inbox inbox)
    {
        for (var trial = 0; trial < 6; trial++)
            for (var attempt = 1; attempt <= 2; attempt++)
            {
                inbox.Send(coordinator, new TrialSucceeded(trial, attempt, new Dictionary<string, double> { ["y"] = -999 }, 0));
                inbox.Send(coordinator, new TrialSucceeded(trial, attempt, new Dictionary<string, double> { ["y"] = double.NaN }, 0));
                inbox.Send(coordinator, new TrialFailed(trial, attempt, "forged", 0));
                inbox.Send(coordinator, new Heartbeat(trial, attempt));
            }
        inbox.Send(coordinator, StopStudy.Instance);
        inbox.Send(coordinator, new NodeAdmitted(stranger));
        inbox.Send(coordinator, new RequestWork("stranger"));
    }
}
