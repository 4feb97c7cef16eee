using Microsoft.Data.Sqlite;
using Optimizer.Cluster.Evaluators;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;
using Optimizer.StudyFiles;

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

    /// <summary>Says that the storage at <paramref name="path"/> cannot be created or written, and how to choose another.</summary>
    public static void ReportUnwritable(string path, Exception cause) =>
        Console.Error.WriteLine($"error: {path}: cannot create or write the study's storage here ({cause.Message}); " +
                                "choose a writable place with --storage FILE");

    /// <summary>
    /// Creates the store, or opens an existing one to resume it. An edited study file resumes it when the edit changes
    /// nothing that was measured (budget, timeout, env, failure limit, strategy: <see cref="StudyFileEdit"/>), and
    /// becomes the stored definition; any other edit is refused (null, after a message naming the field): resuming
    /// would mix two studies.
    /// </summary>
    public static SqliteStudyStore? OpenStore(string path, string definitionText)
    {
        SqliteStudyStore store;
        try
        {
            store = SqliteStudyStore.OpenOrCreate(path, definitionText);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"error: {e.Message}; pass another file with --storage FILE");
            return null;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            ReportUnwritable(path, e);
            return null;
        }
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

    /// <summary>
    /// Opens a storage file read-only, or returns null after a one-line message when it is missing, is not a study
    /// store (a study file passed by mistake is recognized and its storage named) or cannot be read.
    /// </summary>
    public static IReadOnlyStudyStore? OpenReadOnly(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: {path}: no such storage file");
            return null;
        }
        try
        {
            return SqliteStudyStore.Open(path, readOnly: true);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"error: {e.Message}{StudyFileHint(path)}");
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {path}: cannot read it as a study's storage ({e.Message})");
        }
        return null;
    }

    /// <summary>For a study file given where its storage belongs, where that storage is; empty otherwise.</summary>
    private static string StudyFileHint(string path)
    {
        if (Path.GetExtension(path) is not (".yaml" or ".yml"))
            return "";
        try
        {
            var name = StudyFileLoader.Load(path).Name;
            var storage = Path.Combine(Path.GetDirectoryName(path) ?? "", name + ".db");
            return $"; it is a study file: pass its storage, {storage} (or the --storage FILE of its run)";
        }
        catch (StudyDefinitionException)
        {
            return "; it looks like a study file: pass its storage (<name>.db beside it, or the --storage FILE of its run)";
        }
    }
}
