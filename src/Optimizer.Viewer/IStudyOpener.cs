using Optimizer.Core.Studies;

namespace Optimizer.Viewer;

/// <summary>
/// How the viewer opens the study it shows, so that it knows no storage engine and no file format: the program that
/// hosts it (the CLI's <c>view</c>) passes the SQLite store and the study-file loader.
/// </summary>
public interface IStudyOpener
{
    /// <summary>Opens the store at <paramref name="storePath"/> for reading only; a running study may write it meanwhile.</summary>
    /// <exception cref="FileNotFoundException">No store at the path.</exception>
    /// <exception cref="InvalidDataException">The file is not a study store.</exception>
    IReadOnlyStudyStore OpenReadOnly(string storePath);

    /// <summary>The definition stored in <paramref name="store"/>, parsed (errors name <paramref name="storePath"/>).</summary>
    /// <exception cref="StudyDefinitionException">The stored study definition no longer parses.</exception>
    StudyDefinition Definition(IReadOnlyStudyStore store, string storePath);
}
