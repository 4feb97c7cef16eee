namespace Optimizer.Core.Studies;

/// <summary>
/// A study store could not read or record a change (its file, the disk, a lock, a corrupt page): the failure of the
/// store itself, not of the caller's use of it. The message is the store's own; <see cref="Exception.InnerException"/>
/// holds what its backend threw. A rejected change (a transition the trial's state does not allow, an unknown trial)
/// is not one of these: that is a bug in the caller and throws <see cref="InvalidOperationException"/> or
/// <see cref="KeyNotFoundException"/>.
/// </summary>
public sealed class StudyStoreException(string message, Exception innerException) : Exception(message, innerException);
