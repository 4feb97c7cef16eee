using Optimizer.Core.Outcomes;
using Optimizer.Core.Pruning;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;
using Optimizer.Service.Serving;

namespace Optimizer.Service.Tests;

public sealed class ServedStudyTests : IDisposable
{
    private readonly ServedStudyFixture _fixture = new();

    private ServedStudy Study => _fixture.Study;

    [Fact]
    public void Asked_trials_run_with_distinct_points_and_are_stored_running()
    {
        var first = Study.Ask("a", null);
        var second = Study.Ask("b", null);

        Assert.Equal((0, 1, TrialState.Running, "a"), (first.Number, first.Attempt, first.State, first.Worker));
        Assert.Equal(1, second.Number);
        Assert.NotEqual(first.Parameters["x"], second.Parameters["x"]);
        Assert.Equal([TrialState.Running, TrialState.Running], _fixture.Store.Trials().Select(t => t.State));
    }

    [Fact]
    public void An_ask_repeated_with_its_request_id_gets_the_same_trial()
    {
        var first = Study.Ask("a", "request-1");
        var retried = Study.Ask("a", "request-1");
        var other = Study.Ask("a", "request-2");

        Assert.Equal(first.Number, retried.Number);
        Assert.Equal(1, other.Number);
        Assert.Equal(2, _fixture.Store.Trials().Count);
    }

    [Fact]
    public void A_tell_fills_the_closed_forms_and_a_repeated_tell_is_recorded_once()
    {
        var trial = Study.Ask("a", null);

        var (told, duplicate) = Study.Tell(0, 1, ServedStudyFixture.Values(0.25));
        var (again, repeated) = Study.Tell(0, 1, ServedStudyFixture.Values(0.25));

        Assert.False(duplicate);
        Assert.True(repeated);
        Assert.Equal(told, again);
        Assert.Equal(3 * trial.Parameters["depth"].Number, told.Values["cost"]);
        var stored = Assert.Single(_fixture.Store.Trials());
        Assert.Equal((TrialState.Complete, 0.25), (stored.State, stored.Values["loss"]));
    }

    [Fact]
    public void A_tell_without_a_required_metric_is_refused_naming_it_and_the_trial_keeps_running()
    {
        Study.Ask("a", null);

        var refused = Assert.Throws<ServiceRequestException>(() => Study.Tell(0, 1, new Dictionary<string, double> { ["loss"] = 1 }));

        Assert.Equal((400, "trial 0: values: missing metric 'latency' (told: loss)"), (refused.Status, refused.Message));
        Assert.Equal(TrialState.Running, _fixture.Store.Trials()[0].State);
    }

    [Fact]
    public void A_lapsed_lease_queues_the_trial_again_and_the_next_ask_gets_it_as_the_next_attempt()
    {
        var trial = Study.Ask("vanished", null);
        _fixture.Clock.Advance(ServedStudyFixture.Lease + TimeSpan.FromSeconds(1));

        var again = Study.Ask("b", null);

        Assert.Equal((trial.Number, 2, "b"), (again.Number, again.Attempt, again.Worker));
        Assert.Equal(trial.Parameters, again.Parameters);
        var late = Assert.Throws<ServiceRequestException>(() => Study.Tell(0, 1, ServedStudyFixture.Values(9)));
        Assert.Equal("lease-lost", late.Code);
        Assert.Contains("its lease lapsed", late.Message);
    }

    [Fact]
    public void Heartbeats_keep_a_long_trial_its_clients()
    {
        Study.Ask("a", null);
        for (var beat = 0; beat < 5; beat++)
        {
            _fixture.Clock.Advance(ServedStudyFixture.Lease * 0.8);
            Study.Heartbeat(0, 1);
        }
        Study.RequeueLapsed();

        Assert.Equal((TrialState.Running, 1), (_fixture.Store.Trials()[0].State, _fixture.Store.Trials()[0].Attempt));
        Assert.Equal(TrialState.Complete, Study.Tell(0, 1, ServedStudyFixture.Values(0.5)).Trial.State);
    }

    [Fact]
    public void The_spent_budget_says_wait_while_trials_run_and_finished_once_all_are_done()
    {
        for (var i = 0; i < 4; i++)
            Study.Ask("a", null);

        Assert.Equal("wait", Assert.Throws<ServiceRequestException>(() => Study.Ask("b", null)).Code);
        for (var i = 0; i < 3; i++)
            Study.Tell(i, 1, ServedStudyFixture.Values(i));
        Study.Fail(3, 1, "CUDA out of memory");

        var finished = Assert.Throws<ServiceRequestException>(() => Study.Ask("b", null));
        Assert.Equal((410, "finished"), (finished.Status, finished.Code));
        Assert.True(Study.IsFinished);
        Assert.Equal("CUDA out of memory", _fixture.Store.Trials()[3].Error);
    }

    [Fact]
    public void A_restarted_service_keeps_running_trials_for_their_clients_and_requeues_them_only_after_a_lease()
    {
        Study.Ask("a", null);
        Study.Ask("b", null);
        Study.Tell(0, 1, ServedStudyFixture.Values(1));

        var restarted = _fixture.Restart();
        restarted.Heartbeat(1, 1);
        Assert.Equal(2, restarted.Ask("c", null).Number);   // a new proposal, not trial 1
        Assert.Equal(TrialState.Complete, restarted.Tell(1, 1, ServedStudyFixture.Values(2)).Trial.State);
        _fixture.Clock.Advance(ServedStudyFixture.Lease + TimeSpan.FromSeconds(1));
        var lapsed = restarted.Ask("d", null);

        Assert.Equal((2, 2), (lapsed.Number, lapsed.Attempt));   // trial 2's client never came back
        Assert.Equal([1, 1, 2], _fixture.Store.Trials().Select(t => t.Attempt));
    }

    [Fact]
    public void Report_stores_each_step_and_returns_what_the_stop_rule_decides()
    {
        using var fixture = new ServedStudyFixture(new StopAtStep(3));
        fixture.Study.Ask("a", null);

        var decisions = Enumerable.Range(1, 3).Select(step => fixture.Study.Report(0, 1, step, new Dictionary<string, double> { ["loss"] = 1.0 / step })).ToArray();

        Assert.Equal([false, false, true], decisions);
        Assert.Equal([1.0, 0.5, 1.0 / 3], fixture.Store.IntermediateReports(0).Select(r => r.Values["loss"]));
        Assert.Equal("lease-lost", Assert.Throws<ServiceRequestException>(() => fixture.Study.Report(0, 2, 4, new Dictionary<string, double>())).Code);
        Assert.Equal(400, Assert.Throws<ServiceRequestException>(() => fixture.Study.Report(0, 1, 0, new Dictionary<string, double>())).Status);
    }

    [Fact]
    public void With_asha_a_report_outside_the_top_third_prunes_the_trial_and_its_tell_changes_nothing()
    {
        using var fixture = new ServedStudyFixture(new PrunerStopRule(new AshaPruner(1, 9, 3), new Objective("loss", ObjectiveDirection.Minimize)));
        for (var i = 0; i < 3; i++)
            fixture.Study.Ask("a", null);
        var loss = (double value) => new Dictionary<string, double> { ["loss"] = value };

        var decisions = new[] { (0, 0.5), (1, 0.4), (2, 0.6) }.Select(r => fixture.Study.Report(r.Item1, 1, 1, loss(r.Item2))).ToArray();

        Assert.Equal([false, false, true], decisions);
        Assert.Equal(TrialState.Pruned, fixture.Store.Trials()[2].State);
        Assert.True(fixture.Study.Report(2, 1, 1, loss(0.6)));
        var (told, duplicate) = fixture.Study.Tell(2, 1, ServedStudyFixture.Values(0.1));
        Assert.Equal((TrialState.Pruned, true), (told.State, duplicate));
        Assert.Empty(fixture.Store.Trials()[2].Values);
    }

    [Fact]
    public void With_early_stopping_and_few_complete_trials_the_strategy_models_the_highest_step_enough_trials_reached_with_their_constraint()
    {
        // Two encoded coordinates: a step needs 2 + 3 = 5 trials. Trial 0 gets to step 3, all five to step 2; none is complete.
        var strategy = new RecordingStrategy(new SobolStrategy(_fixture.Definition.Space, 1));
        using var fixture = new ServedStudyFixture(earlyStopping: "{kind: asha, min_step: 1, max_step: 9, reduction_factor: 3}", trials: 8, strategy: strategy);
        for (var trial = 0; trial < 5; trial++)
        {
            fixture.Study.Ask("a", null);
            for (var step = 1; step <= (trial == 0 ? 3 : 2); step++)
                fixture.Study.Report(trial, 1, step, new Dictionary<string, double> { ["loss"] = trial + 0.1 * step, ["latency"] = 10 * trial + step });
        }

        var sixth = fixture.Study.Ask("a", null);

        var history = strategy.Histories[^1];
        Assert.Equal(5, sixth.Number);
        Assert.Equal(Enumerable.Range(0, 5).Select(t => fixture.Study.Trials[t].Parameters["x"]), history.Select(o => o.Parameters["x"]));
        Assert.Equal([0.2, 1.2, 2.2, 3.2, 4.2], history.Select(o => Math.Round(o.Values["loss"], 9)));
        Assert.Equal([2.0, 12, 22, 32, 42], history.Select(o => o.Values["latency"]));
        Assert.Equal(6, strategy.Histories.Count);
        Assert.All(strategy.Histories.Take(5), Assert.Empty);   // no step had five trials yet
    }

    [Fact]
    public void Best_is_the_feasible_best_and_recommend_uses_the_posterior_mean_from_three_trials()
    {
        for (var i = 0; i < 4; i++)
            Study.Ask("a", null);
        Study.Tell(0, 1, ServedStudyFixture.Values(0.1, latency: 50));   // best value, but infeasible
        Study.Tell(1, 1, ServedStudyFixture.Values(0.4));
        Assert.Equal(1, Assert.Single(Study.Recommend()!.Trials).Number);   // the one feasible trial, whatever the model says of the infeasible one
        Study.Tell(2, 1, ServedStudyFixture.Values(0.3));
        Study.Tell(3, 1, ServedStudyFixture.Values(0.9));

        Assert.Equal(2, Assert.Single(BestTrials.Best(Study.Trials, _fixture.Definition)).Number);
        var recommendation = Study.Recommend();
        Assert.NotNull(recommendation);
        Assert.Equal(RecommendedTrials.ByPosteriorMean, recommendation.Method);
        Assert.Contains(Assert.Single(recommendation.Trials).Number, new[] { 1, 2 });
    }

    [Fact]
    public void Recommend_is_fitted_again_once_a_trial_completes_and_not_before()
    {
        for (var i = 0; i < 4; i++)
            Study.Ask("a", null);
        Study.Tell(0, 1, ServedStudyFixture.Values(0.5));
        Study.Tell(1, 1, ServedStudyFixture.Values(0.6));
        var first = Study.Recommend();
        Study.Fail(2, 1, "exit code 1");

        Assert.Same(first, Study.Recommend());
        Study.Tell(3, 1, ServedStudyFixture.Values(0.01));
        var after = Study.Recommend();
        Assert.NotSame(first, after);
        Assert.Equal(3, Assert.Single(after!.Trials).Number);
    }

    public void Dispose() => _fixture.Dispose();

    private sealed class RecordingStrategy(IStrategy inner) : IStrategy
    {
        public List<IReadOnlyList<Observation>> Histories { get; } = [];

        public IReadOnlyList<Assignment> Propose(
            IReadOnlyList<Observation> history, IReadOnlyList<Assignment> pending, int count)
        {
            Histories.Add(history);
            return inner.Propose(history, pending, count);
        }
    }

    private sealed class StopAtStep(int step) : IStopRule
    {
        public bool ShouldStop(Trial trial, int reported, IReadOnlyList<Trial> trials, IStudyStore store) => reported >= step;
    }
}
