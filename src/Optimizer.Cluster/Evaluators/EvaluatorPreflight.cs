using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Checks a study's command before its first trial, so a program that is not installed or an evaluator that was never
/// built stops the run with one message instead of failing every trial: the program must resolve (on PATH, or as a
/// file when it names a directory), and the script or assembly an interpreter runs (<c>python3 train.py</c>,
/// <c>dotnet evaluator.dll</c>) must exist. Arguments with placeholders are left to the trials.
/// </summary>
public static class EvaluatorPreflight
{
    private static readonly string[] ScriptExtensions = [".py", ".dll", ".jl", ".R", ".sh", ".pl", ".rb", ".js", ".jar"];

    /// <param name="evaluator">The study's evaluator, with the study file's line of each command item.</param>
    /// <param name="studyFile">The study file as the user named it (for the message).</param>
    /// <param name="studyDirectory">Where relative programs and scripts are looked up, as <see cref="CommandEvaluator"/> does.</param>
    /// <param name="searchPath">The PATH to search for a bare program name.</param>
    /// <param name="currentDirectory">What a build command in the message is written relative to.</param>
    /// <exception cref="StudyDefinitionException">The program or the script is not found; the message says where it looked and, for a .NET project's build output, the build command.</exception>
    public static void Check(EvaluatorDefinition evaluator, string studyFile, string studyDirectory, string? searchPath, string currentDirectory)
    {
        var command = evaluator.Command;
        var program = command[0];
        if (!HasPlaceholder(program) && !ProgramExists(program, studyDirectory, searchPath))
        {
            var where = IsBareName(program) ? "on PATH" : $"at {Path.GetFullPath(program, studyDirectory)}";
            throw Error(evaluator, studyFile, 0, $"program '{program}' not found {where}");
        }

        var script = Enumerable.Range(1, command.Count - 1).FirstOrDefault(i => !command[i].StartsWith('-'));
        if (script == 0 || HasPlaceholder(command[script]) || !ScriptExtensions.Contains(Path.GetExtension(command[script]), StringComparer.OrdinalIgnoreCase))
            return;
        var candidates = new[] { studyDirectory, evaluator.WorkingDirectory }
            .OfType<string>()
            .Select(directory => Path.GetFullPath(command[script], directory))
            .Distinct()
            .ToArray();
        if (candidates.Any(File.Exists))
            return;
        var build = BuildHint(candidates[0], studyDirectory, currentDirectory);
        throw Error(evaluator, studyFile, script,
            $"'{command[script]}' not found (looked for {string.Join(" and ", candidates)})" + (build is null ? "" : $"; build it first: {build}"));
    }

    private static bool ProgramExists(string program, string studyDirectory, string? searchPath)
    {
        if (!IsBareName(program))
            return File.Exists(Path.GetFullPath(program, studyDirectory));
        return (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
    }

    private static bool IsBareName(string program) =>
        !Path.IsPathRooted(program) && !program.AsSpan().ContainsAny('/', Path.DirectorySeparatorChar);

    private static bool HasPlaceholder(string argument) => argument.Contains('{');

    /// <summary>
    /// For an assembly under a .NET project's <c>bin/CONFIG/</c> folder, the <c>dotnet build</c> command that produces
    /// it; null for anything else.
    /// </summary>
    private static string? BuildHint(string missingFile, string studyDirectory, string currentDirectory)
    {
        if (!missingFile.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            return null;
        var parts = Path.GetRelativePath(studyDirectory, missingFile).Split(Path.DirectorySeparatorChar);
        var bin = Array.IndexOf(parts, "bin");
        if (bin < 0 || bin + 1 >= parts.Length - 1)
            return null;
        var project = Path.Combine(studyDirectory, Path.Combine(parts[..bin]));
        if (!Directory.Exists(project) || Directory.GetFiles(project, "*.csproj").Length == 0)
            return null;
        var shown = Path.GetRelativePath(currentDirectory, project);
        return $"dotnet build {(shown.StartsWith("..", StringComparison.Ordinal) ? project : shown)} -c {parts[bin + 1]}";
    }

    private static StudyDefinitionException Error(EvaluatorDefinition evaluator, string studyFile, int index, string reason) =>
        new(studyFile, index < evaluator.CommandLines.Count ? evaluator.CommandLines[index] : 0, $"evaluator.command[{index}]", reason);
}
