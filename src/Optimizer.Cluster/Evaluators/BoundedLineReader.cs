using System.Buffers;
using System.Text;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Reads an evaluator's output pipe to its end in fixed memory: every byte goes to a <see cref="ByteTail"/>, and each
/// complete line of at most <see cref="MaxLineBytes"/> goes to <see cref="StdoutConsumer.OnLine"/> as it arrives; a
/// longer line is skipped and only its length reported.
/// </summary>
internal static class BoundedLineReader
{
    /// <summary>The longest line read as text: a metrics line is a few hundred bytes.</summary>
    public const int MaxLineBytes = 1024 * 1024;

    private const int ChunkBytes = 64 * 1024;

    public static async Task ReadLinesAsync(Stream pipe, StdoutConsumer consumer, ByteTail tail)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var line = ArrayPool<byte>.Shared.Rent(MaxLineBytes);
        try
        {
            var (length, overlong, firstByte) = (0L, false, (byte)0);
            int read;
            while ((read = await pipe.ReadAsync(chunk.AsMemory(0, ChunkBytes)).ConfigureAwait(false)) > 0)
            {
                tail.Append(chunk.AsSpan(0, read));
                var rest = chunk.AsSpan(0, read);
                while (rest.Length > 0)
                {
                    var end = rest.IndexOf((byte)'\n');
                    var piece = end < 0 ? rest : rest[..end];
                    if (length == 0 && piece.Length > 0)
                        firstByte = piece[0];
                    if (!overlong && length + piece.Length <= MaxLineBytes)
                        piece.CopyTo(line.AsSpan((int)length));
                    else
                        overlong = true;
                    length += piece.Length;
                    if (end < 0)
                        break;
                    Emit(consumer, line, length, overlong, firstByte);
                    (length, overlong) = (0, false);
                    rest = rest[(end + 1)..];
                }
            }
            if (length > 0)
                Emit(consumer, line, length, overlong, firstByte);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            ArrayPool<byte>.Shared.Return(line);
        }
    }

    /// <summary>Reads a pipe to its end keeping only its tail (stderr).</summary>
    public static async Task ReadTailAsync(Stream pipe, ByteTail tail)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await pipe.ReadAsync(chunk.AsMemory(0, ChunkBytes)).ConfigureAwait(false)) > 0)
                tail.Append(chunk.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static void Emit(StdoutConsumer consumer, byte[] line, long length, bool overlong, byte firstByte)
    {
        if (overlong)
            consumer.OnOverlongLine(length, startsLikeObject: firstByte == (byte)'{');
        else
            consumer.OnLine(Encoding.UTF8.GetString(line, 0, (int)length).TrimEnd('\r'));
    }
}
