using Optimizer.Storage.Sqlite;


namespace Optimizer.Cli.Tests;

/// <summary>A stored study resumes from an edited study file when the edit changes how it runs, not what it measured.</summary>
public sealed class ResumeWithEditsTests : IDisposable
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    private readonly StudyDirectory _study = new();

    public void Dispose() => _study.Dispose();

    [Fact]
    public async Task A_raised_budget_and_a_new_timeout_extend_the_study_and_become_its_definition()
    {
        var study = _study.WriteStudy(trials: 3);
        var (first, _, firstError) = await OptimizerProcess.RunAsync(["run", study], timeout: RunLimit);
        Assert.True(first == 0, firstError);
        _study.WriteStudy(trials: 5, timeout: "45s");

        var (exitCode, stdout, stderr) = await OptimizerProcess.RunAsync(["run", study], timeout: RunLimit);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("resuming", stderr);
        Assert.Contains("5 complete, 0 failed", stdout);
        Assert.Equal([0, 1, 2, 3, 4], _study.ReadTrials().Select(t => t.Number));
        using var store = SqliteStudyStore.Open(_study.Database, readOnly: true);
        Assert.Equal(File.ReadAllText(study), store.DefinitionText);
    }

    [Fact]
    public async Task A_changed_parameter_range_is_refused_naming_the_field()
    {
        var study = _study.WriteStudy(trials: 2);
        var (first, _, firstError) = await OptimizerProcess.RunAsync(["run", study], timeout: RunLimit);
        Assert.True(first == 0, firstError);
        _study.WriteRaw(File.ReadAllText(study).Replace("low: 0, high: 4", "low: 0, high: 9"));

        var (exitCode, stdout, stderr) = await OptimizerProcess.RunAsync(["run", study], timeout: RunLimit);

        Assert.Equal(2, exitCode);
        Assert.Equal($"error: {_study.Database} holds trials measured with a different parameters[1].high; restore " +
                     "parameters[1].high in the study file to resume, or start a new study with --storage NEW.db", stderr.Trim());
        Assert.Empty(stdout);
        Assert.Equal(2, _study.ReadTrials().Count);
    }
}
