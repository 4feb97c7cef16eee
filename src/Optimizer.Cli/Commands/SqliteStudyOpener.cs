using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;
using Optimizer.StudyFiles;
using Optimizer.Viewer;

namespace Optimizer.Cli.Commands;

/// <summary>What <c>view</c> gives the viewer: the SQLite store opened read-only and its definition read by the study-file loader.</summary>
internal sealed class SqliteStudyOpener : IStudyOpener
{
    public static readonly SqliteStudyOpener Instance = new();

    public IReadOnlyStudyStore OpenReadOnly(string storePath) => SqliteStudyStore.Open(storePath, readOnly: true);

    public StudyDefinition Definition(IReadOnlyStudyStore store, string storePath) => StudyFileLoader.Stored(store, storePath);
}
