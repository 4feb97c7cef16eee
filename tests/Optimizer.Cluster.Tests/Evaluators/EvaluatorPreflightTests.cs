using Optimizer.Cluster.Evaluators;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests.Evaluators;

/// <summary>A command that cannot run here is refused before the first trial, naming the item and, for a .NET build output, the build.</summary>
public sealed class EvaluatorPreflightTests : IDisposable
{
    private readonly DirectoryInfo _study = Directory.CreateTempSubdirectory("optimizer-preflight-");
    private readonly DirectoryInfo _bin = Directory.CreateTempSubdirectory("optimizer-preflight-bin-");

    public void Dispose()
    {
        _study.Delete(recursive: true);
        _bin.Delete(recursive: true);
    }

    [Fact]
    public void A_program_on_path_and_an_existing_script_pass()
    {
        File.WriteAllText(Path.Combine(_bin.FullName, "python3"), "");
        File.WriteAllText(Path.Combine(_study.FullName, "train.py"), "");

        Check(["python3", "-u", "train.py", "--lr", "{lr}"]);
    }

    [Fact]
    public void A_program_missing_from_path_is_named_with_its_line()
    {
        var error = Assert.Throws<StudyDefinitionException>(() => Check(["python4", "train.py"]));

        Assert.Equal("study.yaml:7: evaluator.command[0]: program 'python4' not found on PATH", error.Message);
    }

    [Fact]
    public void A_relative_program_is_looked_up_beside_the_study()
    {
        var error = Assert.Throws<StudyDefinitionException>(() => Check(["./run.sh"]));

        Assert.Equal($"study.yaml:7: evaluator.command[0]: program './run.sh' not found at {Path.Combine(_study.FullName, "run.sh")}", error.Message);
        File.WriteAllText(Path.Combine(_study.FullName, "run.sh"), "");
        Check(["./run.sh"]);
    }

    [Fact]
    public void A_missing_script_is_named_with_where_it_was_looked_for()
    {
        File.WriteAllText(Path.Combine(_bin.FullName, "python3"), "");

        var error = Assert.Throws<StudyDefinitionException>(() => Check(["python3", "trian.py", "{lr}"]));

        Assert.Equal(8, error.Line);
        Assert.Equal("evaluator.command[1]", error.Field);
        Assert.Equal($"'trian.py' not found (looked for {Path.Combine(_study.FullName, "trian.py")})", error.Reason);
    }

    [Fact]
    public void An_unbuilt_dotnet_evaluator_gets_its_build_command()
    {
        File.WriteAllText(Path.Combine(_bin.FullName, "dotnet"), "");
        var project = Directory.CreateDirectory(Path.Combine(_study.FullName, "evaluator"));
        File.WriteAllText(Path.Combine(project.FullName, "Evaluator.csproj"), "<Project />");

        var error = Assert.Throws<StudyDefinitionException>(() => Check(["dotnet", "evaluator/bin/Release/net10.0/evaluator.dll", "--trees", "{n}"]));

        Assert.EndsWith($"; build it first: dotnet build {Path.GetFileName(_study.FullName)}/evaluator -c Release", error.Reason);
    }

    [Fact]
    public void Placeholders_and_other_arguments_are_left_to_the_trials()
    {
        File.WriteAllText(Path.Combine(_bin.FullName, "python3"), "");

        Check(["{interpreter}", "--version"]);
        Check(["python3", "{script}"]);
        Check(["python3", "-c", "print(1)"]);
    }

    private void Check(string[] command)
    {
        var evaluator = new EvaluatorDefinition(command, null, null, new Dictionary<string, string>())
        {
            CommandLines = command.Select((_, i) => 7 + i).ToArray(),
        };
        EvaluatorPreflight.Check(evaluator, "study.yaml", _study.FullName, _bin.FullName, _study.Parent!.FullName);
    }
}
