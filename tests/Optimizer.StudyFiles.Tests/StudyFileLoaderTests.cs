using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;
using Optimizer.StudyFiles;

namespace Optimizer.StudyFiles.Tests;

public class StudyFileLoaderTests
{
    private static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bdt-trigger.yaml");

    [Fact]
    public void Architecture_example_loads_completely()
    {
        var study = StudyFileLoader.Load(FixturePath);

        Assert.Equal("bdt-trigger", study.Name);
        Assert.Equal(
            [new IntParameter("n_trees", 10, 400), new FloatParameter("learning_rate", 0.001, 0.5, Log: true), new CategoricalParameter("booster", ["gbdt", "dart"])],
            study.Space.Parameters);
        Assert.Equal([new Objective("auc", ObjectiveDirection.Maximize), new Objective("luts", ObjectiveDirection.Minimize)], study.Objectives);
        Assert.Equal([new OutcomeConstraint("latency_clocks", null, 50)], study.Constraints);
        Assert.Equal(["python3", "train.py", "--trees", "{n_trees}", "--lr", "{learning_rate}"], study.Evaluator.Command);
        Assert.Equal(TimeSpan.FromMinutes(30), study.Evaluator.Timeout);
        Assert.Null(study.Evaluator.WorkingDirectory);
        Assert.Empty(study.Evaluator.Environment);
        Assert.Equal(200, study.Trials);
        Assert.Equal(new StrategyDefinition(StrategyDefinition.Auto, 12), study.Strategy);
        Assert.Equal(10, study.MaxConsecutiveFailures);
    }

    [Fact]
    public void Optional_fields_take_their_defaults_and_workdir_is_relative_to_the_study_file()
    {
        var study = StudyFileLoader.Parse("""
            parameters: [{name: x, type: float, low: -1.5e-3, high: 2.5}]
            objectives: [{name: loss, direction: minimize}]
            evaluator:
              command: [./run, "{x}", "{{not-a-placeholder}}"]
              timeout: 90
              workdir: runs
              env: {OMP_NUM_THREADS: 4, MODE: fast}
            budget: {trials: 5}
            max_consecutive_failures: 3
            """, "/data/studies/scan.yaml");

        Assert.Equal("scan", study.Name);
        Assert.Equal(new FloatParameter("x", -1.5e-3, 2.5), study.Space.Parameters[0]);
        Assert.Equal(TimeSpan.FromSeconds(90), study.Evaluator.Timeout);
        Assert.Equal("/data/studies/runs", study.Evaluator.WorkingDirectory);
        Assert.Equal(new Dictionary<string, string> { ["OMP_NUM_THREADS"] = "4", ["MODE"] = "fast" }, study.Evaluator.Environment);
        Assert.Equal(new StrategyDefinition(), study.Strategy);
        Assert.Empty(study.Constraints);
        Assert.Equal(3, study.MaxConsecutiveFailures);
    }

    [Fact]
    public void A_study_file_read_elsewhere_is_named_as_its_origin_named_it_and_its_errors_name_the_origin()
    {
        const string text = """
            parameters: [{name: x, type: float, low: 0, high: 1}]
            objectives: [{name: loss, direction: minimize}]
            evaluator: {command: [./run, "{x}"], workdir: runs}
            budget: {trials: 5}
            """;

        var study = StudyFileLoader.Parse(text, "scan.yaml (from the coordinator)", "scan", "/srv/node");
        var error = Assert.Throws<StudyDefinitionException>(() =>
            StudyFileLoader.Parse(text.Replace("trials: 5", "trials: 0"), "scan.yaml (from the coordinator)", "scan", "/srv/node"));

        Assert.Equal(StudyFileLoader.Parse(text, "/data/studies/scan.yaml").Name, study.Name);
        Assert.Equal("/srv/node/runs", study.Evaluator.WorkingDirectory);
        Assert.StartsWith("scan.yaml (from the coordinator):4: budget.trials: ", error.Message);
    }

    [Theory]
    [MemberData(nameof(BadStudies))]
    public void Bad_study_is_reported_with_line_and_field(string yaml, int line, string? field, string reason)
    {
        var error = Assert.Throws<StudyDefinitionException>(() => StudyFileLoader.Parse(yaml, "study.yaml"));

        Assert.Equal("study.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith(field is null ? $"study.yaml:{line}: " : $"study.yaml:{line}: {field}: ", error.Message);
    }

    [Fact]
    public void Message_names_file_line_and_field()
    {
        var error = Assert.Throws<StudyDefinitionException>(() => StudyFileLoader.Parse(Study(x: "{name: x, type: float, low: 5, high: 1}"), "study.yaml"));

        Assert.Equal("study.yaml:3: parameters[0].low: parameter 'x': empty range: low (5) must be below high (1)", error.Message);
    }

    /// <summary>A valid study with one line replaceable per section; line 3 holds parameter x, line 6 the objective, line 8 the command.</summary>
    private static string Study(
        string x = "{name: x, type: float, low: 0, high: 1}",
        string objective = "  - {name: loss, direction: minimize}",
        string command = "[run, \"{x}\", \"{n}\"]",
        string extra = "budget: {trials: 10}") => $"""
        name: t
        parameters:
          - {x}
          - {"{name: n, type: int, low: 1, high: 5}"}
        objectives:
        {objective}
        evaluator:
          command: {command}
        {extra}
        """;

    [Fact]
    public void A_stated_noise_sd_is_read_onto_its_objective()
    {
        var study = StudyFileLoader.Parse(Study(objective: "  - {name: loss, direction: minimize, noise_sd: 0.02}"), "/data/t.yaml");

        Assert.Equal(0.02, study.Objectives.Single().NoiseSd);
        Assert.Null(StudyFileLoader.Parse(Study(), "/data/t.yaml").Objectives.Single().NoiseSd);
    }

    [Fact]
    public void An_error_metric_is_read_onto_its_objective_and_every_evaluation_must_report_it()
    {
        var study = StudyFileLoader.Parse(
            Study(objective: "  - {name: eff, direction: maximize, noise_sd_metric: eff_err}", extra: "budget: {trials: 10}\nconstraints: [{name: eff_err, max: 0.05}]"),
            "/data/t.yaml");

        Assert.Equal("eff_err", study.Objectives.Single().NoiseSdMetric);
        Assert.Equal(["eff", "eff_err"], study.RequiredMetrics);
        Assert.Null(StudyFileLoader.Parse(Study(), "/data/t.yaml").Objectives.Single().NoiseSdMetric);
    }

    [Theory]
    [InlineData("fantasies", PendingHandling.Fantasies)]
    [InlineData("latent", PendingHandling.LatentFantasies)]
    [InlineData("believer", PendingHandling.KrigingBeliever)]
    public void Pending_treatment_is_read_by_name(string name, PendingHandling expected)
    {
        var study = StudyFileLoader.Parse(Study(extra: $"budget: {{trials: 10}}\nstrategy: {{kind: turbo, pending: {name}}}"), "study.yaml");

        Assert.Equal(new StrategyDefinition(StrategyDefinition.TrustRegion, null, expected), study.Strategy);
    }

    [Fact]
    public void Expressions_and_reference_point_are_read()
    {
        var study = StudyFileLoader.Parse(Study(
            objective: "  - {name: loss, direction: minimize}\n  - {name: luts, direction: minimize, expression: \"8.03 * n + 14 * n * (2^x - 1)\"}",
            extra: "budget: {trials: 10}\nreference_point: {loss: 1.0, luts: 5000}"), "study.yaml");

        Assert.Equal([1.0, 5000.0], study.ReferencePoint);
        Assert.Equal(["loss"], study.RequiredMetrics);
        Assert.Equal(8.03 * 3 + 14 * 3 * 3, study.ClosedForms["luts"].Evaluate(new Dictionary<string, ParameterValue> { ["n"] = ParameterValue.Of(3), ["x"] = ParameterValue.Of(2) }), 9);
    }

    public static TheoryData<string, int, string?, string> BadStudies() => new()
    {
        { Study(objective: "  - {name: loss, direction: minimize, expression: \"2 * y\"}"), 6, "objectives[0].expression", "invalid expression: at character 5: unknown name 'y'" },
        { Study(extra: "budget: {trials: 10}\nreference_point: {los: 1}"), 10, "reference_point.los", "did you mean 'loss'?" },
        { "name: t\nparameters: [{name: x, type: float\n", 2, null, "malformed YAML: the '{' opened on this line is never closed; add '}'" },
        { "", 1, null, "empty" },
        { "name: t\nparameters:\n  - {name: x, type: float, low: 0, high: 1\n  - {name: n, type: int, low: 0, high: 4}\n", 3, null, "the '{' opened on this line is never closed" },
        { "name: t\ncommand: [python3, train.py\nbudget: {trials: 3}\n", 2, null, "the '[' opened on this line is never closed; add ']'" },
        { Study(x: "{name: x, tpye: float, low: 0, high: 1}"), 3, "parameters[0].tpye", "unknown key; did you mean 'type'?" },
        { Study(extra: "budget: {trials: 10}\nobjective: {name: auc}"), 10, "objective", "did you mean 'objectives'?" },
        { Study(x: "{name: x, type: double, low: 0, high: 1}"), 3, "parameters[0].type", "unknown parameter type 'double'" },
        { Study(x: "{name: x, type: float, low: 5, high: 1}"), 3, "parameters[0].low", "parameter 'x': empty range" },
        { Study(x: "{name: x, type: float, low: 0, high: 1, log: true}"), 3, "parameters[0].low", "log scale needs low > 0" },
        { Study(x: "{name: x, type: int, low: 1.5, high: 3}"), 3, "parameters[0].low", "expected an integer" },
        { Study(x: "{name: x, type: float, low: 0, hihg: 1}"), 3, "parameters[0].hihg", "did you mean 'high'?" },
        { Study(x: "{name: x, type: float, low: 0}"), 3, "parameters[0].high", "required" },
        { Study(x: "{name: n, type: float, low: 0, high: 1}"), 4, "parameters[1].name", "duplicate parameter name 'n'" },
        { Study(x: "{name: x, type: categorical, choices: []}"), 3, "parameters[0].choices", "at least one choice" },
        { Study(x: "{name: x, type: categorical, choices: [a, b, a]}"), 3, "parameters[0].choices", "appears more than once" },
        { Study(command: "[run, \"{y}\"]"), 8, "evaluator.command[1]", "placeholder '{y}' names no parameter" },
        { Study(command: "[run, \"--x={x\"]"), 8, "evaluator.command[1]", "unclosed '{'" },
        { Study(command: "[]"), 8, "evaluator.command", "required" },
        { Study(objective: ""), 5, "objectives", "at least one objective is required" },
        { Study(objective: "  - {name: loss, direction: down}"), 6, "objectives[0].direction", "unknown direction 'down'" },
        { Study(objective: "  - {name: loss, direction: minimize, noise_sd: 0}"), 6, "objectives[0].noise_sd", "must be positive, got 0" },
        { Study(objective: "  - {name: loss, direction: minimize, noise_sd: abc}"), 6, "objectives[0].noise_sd", "expected a finite number, got 'abc'" },
        { Study(objective: "  - {name: loss, direction: minimize, expression: \"2 * x\", noise_sd: 0.1}"), 6, "objectives[0].noise_sd", "computed exactly, so it has no noise" },
        { Study(objective: "  - {name: loss, direction: minimize, noise_sd: 0.1, noise_sd_metric: loss_err}"), 6, "objectives[0].noise_sd_metric", "keep one of them" },
        { Study(objective: "  - {name: loss, direction: minimize, expression: \"2 * x\", noise_sd_metric: loss_err}"), 6, "objectives[0].noise_sd_metric", "computed exactly, so it has no error" },
        { Study(objective: "  - {name: loss, direction: minimize, noise_sd_metric: x}"), 6, "objectives[0].noise_sd_metric", "'x' is a parameter name" },
        { Study(objective: "  - {name: loss, direction: minimize, noise_sd_metric: loss}"), 6, "objectives[0].noise_sd_metric", "'loss' is an objective" },
        { Study(objective: "  - {name: loss, direction: minimize, noise_sd_metric: ' '}"), 6, "objectives[0].noise_sd_metric", "empty" },
        { Study(objective: "  - {name: x, direction: minimize}"), 6, "objectives[0].name", "already a parameter name" },
        { Study(extra: "budget: {trials: 10}\nconstraints: [{name: n, max: 3}]"), 10, "constraints[0].name", "already a parameter name" },
        { Study(extra: "budget: {trials: 10}\nconstraints: [{name: lat}]"), 10, "constraints[0]", "needs min, max or both" },
        { Study(extra: "budget: {trials: 10}\nconstraints: [{name: lat, min: 3, max: 1}]"), 10, "constraints[0].min", "empty range" },
        { Study(command: "[run]\n  timeout: 30 minutes"), 9, "evaluator.timeout", "not a positive duration" },
        { Study(command: "[run]\n  timeout: 0s"), 9, "evaluator.timeout", "not a positive duration" },
        { Study(command: "[run]\n  timeout: 2000h"), 9, "evaluator.timeout", "'2000h' is longer than the longest supported, 1193h (49.7 days)" },
        { Study(x: "{name: \"\", type: float, low: 0, high: 1}"), 3, "parameters[0].name", "empty: a name needs at least one visible character" },
        { Study(x: "{name: \"  \", type: categorical, choices: [a]}"), 3, "parameters[0].name", "empty" },
        { Study(objective: "  - {name: '', direction: minimize}"), 6, "objectives[0].name", "empty" },
        { Study(objective: "  - {name: '', direction: minimize, expression: \"2 * x\"}"), 6, "objectives[0].name", "empty" },
        { Study(extra: "budget: {trials: 10}\nconstraints: [{name: '', max: 3}]"), 10, "constraints[0].name", "empty" },
        { Study(objective: $"  - {{name: luts, direction: minimize, expression: \"{new string('(', 150)}x{new string(')', 150)}\"}}"), 6, "objectives[0].expression", "nests more than 100 deep" },
        { Study(extra: "budget: {trials: 0}"), 9, "budget.trials", "must be a positive integer" },
        { Study(extra: ""), 1, "budget", "required" },
        { Study(extra: "budget: {trials: 10}\nstrategy: {kind: bayes}"), 10, "strategy.kind", "unknown strategy kind 'bayes'" },
        { Study(extra: "budget: {trials: 10}\nstrategy: {kind: gp, initial_trials: -2}"), 10, "strategy.initial_trials", "positive integer" },
        { Study(extra: "budget: {trials: 10}\nstrategy: {kind: gp, pending: optimistic}"), 10, "strategy.pending", "unknown pending treatment 'optimistic'; expected one of: fantasies, latent, believer" },
        { Study(extra: "budget: {trials: 10}\nmax_consecutive_failures: many"), 10, "max_consecutive_failures", "expected an integer" },
        { Study(extra: "budget: {trials: 10}\nbudget: {trials: 20}"), 10, null, "Duplicate key" },
        { Study().Replace("name: t", "name: a/b"), 1, "name", "cannot name a study" },
    };
}
