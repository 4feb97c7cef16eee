using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Studies;

public class EvaluatorDefinitionTests
{
    private static EvaluatorDefinition WithWorkdir(string? workdir) =>
        new(["python3", "train.py"], null, workdir, new Dictionary<string, string>());

    [Fact]
    public void Relative_workdir_is_resolved_against_the_study_directory()
    {
        var study = Path.Combine(Path.GetTempPath(), "study");

        Assert.Equal(Path.Combine(study, "runs", "a"), WithWorkdir(Path.Combine("runs", "x", "..", "a")).WorkingDirectoryUnder(study));
    }

    [Fact]
    public void Absolute_workdir_stays_as_written()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere");

        Assert.Equal(absolute, WithWorkdir(absolute).WorkingDirectoryUnder(Path.Combine(Path.GetTempPath(), "study")));
    }

    [Fact]
    public void No_workdir_leaves_each_trial_in_its_own_directory()
    {
        Assert.Null(WithWorkdir(null).WorkingDirectoryUnder(Path.GetTempPath()));
    }
}
