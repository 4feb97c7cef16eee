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
    /// Creates the store, or opens an existing one to resume it. A store created from a different study file is
    /// refused (null, after a message): resuming it would mix two studies. The budget is changed with --trials instead.
    /// </summary>
    public static IStudyStore? OpenStore(string path, string definitionText)
    {
        var store = SqliteStudyStore.OpenOrCreate(path, definitionText);
        if (store.DefinitionText == definitionText)
            return store;
        store.Dispose();
        Console.Error.WriteLine(
            $"error: {path} holds a study created from a different study file; to resume it, restore the file as it was " +
            "(change the budget with --trials), or start a new study with --storage NEW.db");
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
