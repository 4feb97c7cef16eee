using Optimizer.Core.Studies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>
/// What the commands that host a study for others (<c>optimizer serve</c>, <c>optimizer coordinator</c>) both take and
/// check the same way: the study's secret, a budget override and the lease of a running trial.
/// </summary>
internal abstract class HostedStudySettings : CommandSettings
{
    public abstract string SecretFile { get; init; }

    public abstract int? Trials { get; init; }

    public abstract int LeaseTimeoutSeconds { get; init; }

    public override ValidationResult Validate() =>
        SecretFile.Length == 0 ? ValidationResult.Error("--secret-file is required")
        : Trials < 1 ? ValidationResult.Error("--trials must be at least 1")
        : LeaseTimeoutSeconds < 1 ? ValidationResult.Error("--lease-timeout must be at least 1 second")
        : LeaseTimeoutSeconds > Duration.Longest.TotalSeconds ? ValidationResult.Error($"--lease-timeout: {LeaseTimeoutSeconds} s is longer than the longest supported, {Duration.LongestText}")
        : ValidationResult.Success();
}
