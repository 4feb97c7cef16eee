namespace Optimizer.Cli.Tests;

/// <summary>Slips a user makes get one line on stderr and exit code 2, never a stack trace.</summary>
public sealed class UserErrorTests : IDisposable
{
    private readonly StudyDirectory _study = new();

    public void Dispose() => _study.Dispose();

    [Fact]
    public async Task Status_of_the_study_file_names_its_storage()
    {
        var study = _study.WriteStudy(trials: 2);

        var (exitCode, stdout, stderr) = await OptimizerProcess.RunAsync(["status", study]);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Equal($"error: '{study}' is not a study store (not an SQLite database); it is a study file: pass its storage, " +
                     $"{_study.Database} (or the --storage FILE of its run)", OneLine(stderr));
    }

    [Fact]
    public async Task Export_of_a_file_that_is_not_sqlite_is_one_line()
    {
        var notes = Path.Combine(_study.Path, "notes.db");
        File.WriteAllText(notes, "these are my notes, not a database\n");

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["export", notes]);

        Assert.Equal(2, exitCode);
        Assert.Equal($"error: '{notes}' is not a study store (not an SQLite database)", OneLine(stderr));
    }

    [Fact]
    public async Task Run_into_a_place_that_cannot_hold_the_storage_is_one_line()
    {
        var study = _study.WriteStudy(trials: 2);
        var notADirectory = Path.Combine(_study.Path, "file");
        File.WriteAllText(notADirectory, "");
        var storage = Path.Combine(notADirectory, "demo.db");

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study, "--storage", storage]);

        Assert.Equal(2, exitCode);
        var line = OneLine(stderr);
        Assert.StartsWith($"error: {storage}: cannot create or write the study's storage here (", line);
        Assert.EndsWith("); choose a writable place with --storage FILE", line);
    }

    [Fact]
    public async Task A_give_up_time_no_timer_can_wait_for_is_refused_before_the_worker_joins()
    {
        var (exitCode, stdout, stderr) = await OptimizerProcess.RunAsync(
            ["worker", "--join", "127.0.0.1:1", "--secret-file", Path.Combine(_study.Path, "no-credential"), "--give-up-after", "2000h"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Equal("error: --give-up-after: '2000h' is longer than the longest supported, 1193h (49.7 days)", OneLine(stderr));
    }

    [Fact]
    public async Task A_typo_in_a_parameter_key_is_named_with_a_suggestion()
    {
        var study = _study.WriteRaw(File.ReadAllText(_study.WriteStudy(trials: 2)).Replace("type: int", "tpye: int"));

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study]);

        Assert.Equal(2, exitCode);
        Assert.Equal($"error: {study}:4: parameters[1].tpye: unknown key; did you mean 'type'? expected one of: name, type, low, high, log, choices",
            OneLine(stderr));
    }

    private static string OneLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1, $"expected one line, got:\n{stderr}");
        Assert.DoesNotContain("Exception", lines[0]);
        return lines[0];
    }
}
