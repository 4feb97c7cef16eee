using Optimizer.Cluster.Evaluators;
using Optimizer.Core.Studies;

namespace Optimizer.Cli.Commands;

/// <summary>Loads a study file and opens its storage, reporting on stderr what the user must fix.</summary>
internal static class StudyInput
{
    /// <summary>The validated study and its source text, or null after printing <c>error: file:line: field: message</c>.</summary>
    public static (StudyDefinition Definition, string Text)? Load(string path)
    {
        try
        {
            var definition = StudyFileLoader.Load(path);
            return (definition, File.ReadAllText(path));
        }
        catch (StudyDefinitionException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {path}: {e.Message}");
        }
        return null;
    }

    /// <summary>False after printing <c>error: file:line: evaluator.command[i]: ... not found</c> when the command cannot run here.</summary>
    public static bool EvaluatorIsReady(StudyDefinition definition, string studyPath, string studyDirectory)
    {
        try
        {
            EvaluatorPreflight.Check(definition.Evaluator, studyPath, studyDirectory, Environment.GetEnvironmentVariable("PATH"), Environment.CurrentDirectory);
            return true;
        }
        catch (StudyDefinitionException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// Creates the store, or opens an existing one to resume it. An edited study file resumes it when the edit changes
    /// nothing that was measured (budget, timeout, env, failure limit, strategy: <see cref="StudyFileEdit"/>), and
    /// becomes the stored definition; any other edit is refused (null, after a message naming the field): resuming
    /// would mix two studies.
    /// </summary>
    public static IStudyStore? OpenStore(string path, string definitionText)
    {
        var store = SqliteStudyStore.OpenOrCreate(path, definitionText);
        if (store.DefinitionText == definitionText)
            return store;
        if (StudyFileEdit.FirstMeasuredChange(store.DefinitionText, definitionText) is not { } field)
        {
            store.ReplaceDefinition(definitionText);
            Console.Error.WriteLine($"resuming {path} with the edited study file (budget, timeout, env, failure limit and strategy may change)");
            return store;
        }
        store.Dispose();
        Console.Error.WriteLine(
            $"error: {path} holds trials measured with a different {field}; restore {field} in the study file to resume, " +
            "or start a new study with --storage NEW.db");
        return null;
    }

    /// <summary>Opens a storage file read-only, or returns null after a message when it is missing.</summary>
    public static IStudyStore? OpenReadOnly(string path)
    {
        if (File.Exists(path))
            return SqliteStudyStore.Open(path, readOnly: true);
        Console.Error.WriteLine($"error: {path}: no such study file");
        return null;
    }
}
