using System.Buffers.Binary;
using System.Globalization;
using System.Xml.Linq;

namespace Optimizer.Viewer.Tests;

/// <summary>Reads the pixel size of an image file, checking that it is what its extension says.</summary>
internal static class ImageFile
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk, which a valid PNG has first, right after the signature.</summary>
    public static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(PngSignature), $"{path} does not start with the PNG signature");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    /// <summary>Width and height attributes of the root element, which must be an SVG &lt;svg&gt; in well-formed XML.</summary>
    public static (int Width, int Height) SvgSize(string path)
    {
        var root = XDocument.Load(path).Root!;
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), root.Name);
        return (int.Parse(root.Attribute("width")!.Value, CultureInfo.InvariantCulture), int.Parse(root.Attribute("height")!.Value, CultureInfo.InvariantCulture));
    }
}
