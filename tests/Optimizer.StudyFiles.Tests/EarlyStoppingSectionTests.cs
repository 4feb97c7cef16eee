using Optimizer.Core.Studies;
using Optimizer.StudyFiles;

namespace Optimizer.StudyFiles.Tests;

public sealed class EarlyStoppingSectionTests
{
    private static string Study(string earlyStopping, string objectives = "  - {name: val_loss, direction: minimize}") => $"""
        parameters:
          - {"{"}name: lr, type: float, low: 0.001, high: 0.1, log: true{"}"}
        objectives:
        {objectives}
        evaluator:
          command: [python3, train.py]
        budget: {"{"}trials: 10{"}"}
        early_stopping: {earlyStopping}
        """;

    private static StudyDefinitionException Refused(string yaml) =>
        Assert.Throws<StudyDefinitionException>(() => StudyFileLoader.Parse(yaml, "study.yaml"));

    [Fact]
    public void The_section_of_the_contract_is_read_with_its_defaults()
    {
        var asha = StudyFileLoader.Parse(Study("{kind: asha, min_step: 1, max_step: 27, reduction_factor: 3}"), "study.yaml").Stopping;
        var median = StudyFileLoader.Parse(Study("{kind: median, min_step: 5, grace: 30s}"), "study.yaml").Stopping;
        var none = StudyFileLoader.Parse(Study("{kind: none}"), "study.yaml").Stopping;

        Assert.Equal(new EarlyStoppingDefinition("asha", 1, 27, 3), asha);
        Assert.Equal(TimeSpan.FromSeconds(10), asha.GracePeriod);
        Assert.Equal((5, TimeSpan.FromSeconds(30)), (median.MinStep, median.GracePeriod));
        Assert.False(none.IsEnabled);
    }

    [Theory]
    [InlineData("{kind: hyperband}", "early_stopping.kind", "unknown early stopping kind 'hyperband'; expected one of: asha, median, none")]
    [InlineData("{kind: asha, min_step: 0}", "early_stopping.min_step", "must be a positive integer, got 0")]
    [InlineData("{kind: asha, min_step: 5, max_step: 3}", "early_stopping.max_step", "must be at least min_step (5), got 3")]
    [InlineData("{kind: asha, reduction_factor: 1}", "early_stopping.reduction_factor", "must be at least 2 (each rung keeps 1 in reduction_factor trials), got 1")]
    [InlineData("{kind: median, reduction_factor: 3}", "early_stopping.reduction_factor", "only kind: asha has a reduction factor, not median")]
    [InlineData("{kind: asha, grace: soon}", "early_stopping.grace", "'soon' is not a duration between 0 and 1h; write e.g. 10s, 30s or 2m")]
    [InlineData("{kind: asha, min_stpe: 2}", "early_stopping.min_stpe", "unknown key; did you mean 'min_step'? expected one of: kind, min_step, max_step, reduction_factor, grace")]
    public void A_bad_section_is_refused_naming_line_field_and_reason(string section, string field, string reason)
    {
        var error = Refused(Study(section));

        Assert.Equal((8, field, reason), (error.Line, error.Field, error.Reason));
    }

    [Fact]
    public void Early_stopping_of_several_objectives_is_refused_clearly()
    {
        var error = Refused(Study("{kind: asha}", "  - {name: val_loss, direction: minimize}\n  - {name: luts, direction: minimize}"));

        Assert.Equal("study.yaml:9: early_stopping.kind: early stopping follows one objective, and this study has 2 (val_loss, luts); " +
                     "use kind: none or a single objective", error.Message);
    }
}
