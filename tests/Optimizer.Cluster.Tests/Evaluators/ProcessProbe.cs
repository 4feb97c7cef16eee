namespace Optimizer.Cluster.Tests.Evaluators;

/// <summary>Whether a process (not necessarily our child) is still running, and waiting until it is not.</summary>
internal static class ProcessProbe
{
    /// <summary>True while /proc shows the process and it is not a zombie (a killed orphan is a zombie until init reaps it).</summary>
    public static bool IsAlive(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        var state = stat[(stat.LastIndexOf(')') + 2)..][0];
        return state is not ('Z' or 'X');
    }

    public static async Task<bool> EndsWithinAsync(int pid, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (IsAlive(pid))
        {
            if (DateTime.UtcNow > deadline)
                return false;
            await Task.Delay(50);
        }
        return true;
    }

    public static async Task<int> ReadPidWhenWrittenAsync(string path, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"'{path}' was not written within {limit}");
            await Task.Delay(50);
        }
        return int.Parse(File.ReadAllText(path).Trim());
    }
}
