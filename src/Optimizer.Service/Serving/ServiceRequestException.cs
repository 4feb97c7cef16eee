namespace Optimizer.Service.Serving;

/// <summary>
/// A request the service cannot carry out: the HTTP status it is answered with, a short machine-readable
/// <see cref="Code"/> and a message a person can read (the trial, the field and the reason).
/// Answered as <c>{"error": message, "code": code}</c>.
/// </summary>
public sealed class ServiceRequestException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    /// <summary><c>bad-request</c>, <c>not-found</c>, <c>lease-lost</c>, <c>conflict</c>, <c>wait</c> or <c>finished</c>.</summary>
    public string Code { get; } = code;

    public static ServiceRequestException BadRequest(string message) => new(400, "bad-request", message);

    public static ServiceRequestException NotFound(string message) => new(404, "not-found", message);

    /// <summary>The trial's attempt is no longer running (its lease lapsed and it was queued again, or it is finished).</summary>
    public static ServiceRequestException LeaseLost(string message) => new(409, "lease-lost", message);

    public static ServiceRequestException Conflict(string message) => new(409, "conflict", message);

    /// <summary>No trial to hand out now, but one may come back (a running trial whose lease lapses): ask again later.</summary>
    public static ServiceRequestException Wait(string message) => new(503, "wait", message);

    /// <summary>The budget is spent and every trial is finished.</summary>
    public static ServiceRequestException Finished(string message) => new(410, "finished", message);
}
