using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Studies;

/// <summary>What <c>Console.WriteLine(study.BestTrial)</c> prints.</summary>
public sealed class TrialTextTests
{
    private static readonly Dictionary<string, ParameterValue> Parameters = new()
    {
        ["lr"] = ParameterValue.Of(0.01),
        ["depth"] = ParameterValue.Of(4),
        ["activation"] = ParameterValue.Of("relu"),
    };

    [Fact]
    public void A_complete_trial_reads_as_its_parameters_and_values()
    {
        var trial = new Trial(7, TrialState.Complete, Parameters, new Dictionary<string, double> { ["loss"] = 0.0123456789 }, 1, "local-1", null, null, null);

        Assert.Equal("trial 7 complete (attempt 1): lr=0.01, depth=4, activation=relu -> loss=0.0123457", trial.ToString());
    }

    [Fact]
    public void A_failed_trial_reads_as_the_first_line_of_its_reason()
    {
        var trial = new Trial(3, TrialState.Failed, Parameters, new Dictionary<string, double>(), 2, null, null, null, "exit code 1\nstderr (last lines):\nboom");

        Assert.Equal("trial 3 failed (attempt 2): lr=0.01, depth=4, activation=relu -> error: exit code 1", trial.ToString());
    }
}
