using Optimizer.Core.Models;

namespace Optimizer.Core.Tests.Models;

public sealed class RefitScheduleTests
{
    private static readonly RefitSettings Default = new(Interval: 100, BackgroundFrom: 48);

    [Fact]
    public void Below_the_background_threshold_every_observation_is_fitted_on()
    {
        Assert.All(Enumerable.Range(1, 47), n => Assert.Equal(n, RefitSchedule.FitSize(n, Default)));
    }

    [Fact]
    public void From_the_threshold_the_fit_lags_a_step_of_an_eighth_of_n_rounded_down_to_a_power_of_two()
    {
        Assert.Equal(47, RefitSchedule.FitSize(48, Default));
        Assert.Equal(47, RefitSchedule.FitSize(51, Default));
        Assert.Equal(48, RefitSchedule.FitSize(52, Default));
        Assert.Equal(176, RefitSchedule.FitSize(200, Default));
        Assert.Equal(448, RefitSchedule.FitSize(500, Default));
        Assert.Equal(448, RefitSchedule.FitSize(511, Default));
        Assert.Equal(448, RefitSchedule.FitSize(512, Default));
        Assert.Equal(512, RefitSchedule.FitSize(576, Default));
        Assert.Equal(3584, RefitSchedule.FitSize(4096, Default));
    }

    [Fact]
    public void Every_fit_a_later_history_needs_and_whose_data_exists_is_started_ahead_or_in_use()
    {
        for (var n = 40; n < 1500; n++)
        {
            var covered = RefitSchedule.Ahead(n, Default).Append(RefitSchedule.FitSize(n, Default)).ToHashSet();
            for (var later = n + 1; later < n + 200; later++)
            {
                var size = RefitSchedule.FitSize(later, Default);
                Assert.True(size >= RefitSchedule.FitSize(n, Default), $"fit size fell from n = {n} to {later}");
                if (size <= n) Assert.Contains(size, covered);
            }
        }
    }

    [Fact]
    public void Past_the_threshold_a_fit_is_on_data_that_existed_a_whole_step_earlier()
    {
        for (var n = 48; n < 3000; n++)
        {
            var step = 1;
            while (2 * step <= n / 8) step *= 2;
            Assert.True(RefitSchedule.FitSize(n, Default) <= Math.Max(n - step, 47), $"n = {n}");
        }
    }
}
