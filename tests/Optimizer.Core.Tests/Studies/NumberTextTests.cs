using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Studies;

/// <summary>Numbers in trial logs and summaries: six significant digits, scientific notation only far from 1 and never .NET's <c>E-06</c>.</summary>
public sealed class NumberTextTests
{
    [Theory]
    [InlineData(5.25699e-06, "5.25699e-06")]
    [InlineData(1.0602e-05, "1.0602e-05")]
    [InlineData(-3e-07, "-3e-07")]
    [InlineData(1234567.0, "1.23457e+06")]
    [InlineData(173900.0, "173900")]
    [InlineData(0.0123456789, "0.0123457")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.0, "0")]
    [InlineData(42.0, "42")]
    [InlineData(double.NaN, "NaN")]
    public void Formats_as_a_log_reader_expects(double value, string text)
    {
        Assert.Equal(text, NumberText.Format(value));
    }

    [Fact]
    public void A_trial_prints_small_parameters_and_values_in_lower_case_scientific_notation()
    {
        var trial = new Trial(4, TrialState.Complete, new Dictionary<string, ParameterValue> { ["l2"] = ParameterValue.Of(1.98545e-06) },
            new Dictionary<string, double> { ["err"] = 2.5e-07 }, 1, null, null, null, null);

        Assert.Equal("trial 4 complete (attempt 1): l2=1.98545e-06 -> err=2.5e-07", trial.ToString());
    }
}
