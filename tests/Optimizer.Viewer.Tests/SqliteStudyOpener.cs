using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;
using Optimizer.StudyFiles;

namespace Optimizer.Viewer.Tests;

/// <summary>The viewer's store and loader as <c>optimizer view</c> composes them: real SQLite files, the real study-file loader.</summary>
internal sealed class SqliteStudyOpener : IStudyOpener
{
    public static readonly SqliteStudyOpener Instance = new();

    public IReadOnlyStudyStore OpenReadOnly(string storePath) => SqliteStudyStore.Open(storePath, readOnly: true);

    public StudyDefinition Definition(IReadOnlyStudyStore store, string storePath) => StudyFileLoader.Stored(store, storePath);
}
