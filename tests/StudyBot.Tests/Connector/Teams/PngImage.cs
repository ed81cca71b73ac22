using System.Buffers.Binary;
using System.IO.Compression;

namespace StudyBot.Tests.Connector.Teams;

/// <summary>Just enough of PNG to check Teams icons: the IHDR header and, for 8-bit RGBA images, the pixels
/// (IDAT inflated and un-filtered per the PNG spec).</summary>
internal sealed record PngImage(int Width, int Height, int BitDepth, int ColorType, byte[] Rgba)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public bool HasAlphaChannel => ColorType is 4 or 6;

    public byte Alpha(int x, int y) => Rgba[((y * Width) + x) * 4 + 3];

    public (byte R, byte G, byte B) Color(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2]);
    }

    public static PngImage Read(byte[] bytes)
    {
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG");
        }

        int width = 0, height = 0, bitDepth = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var pos = 8; pos < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(pos));
            var type = System.Text.Encoding.ASCII.GetString(bytes, pos + 4, 4);
            var data = bytes.AsSpan(pos + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    bitDepth = data[8];
                    colorType = data[9];
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            pos += 12 + length;
        }

        var rgba = colorType == 6 && bitDepth == 8 ? Unfilter(Inflate(idat.ToArray()), width, height) : [];
        return new PngImage(width, height, bitDepth, colorType, rgba);
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        const int bpp = 4;
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                var a = x >= bpp ? pixels[(y * stride) + x - bpp] : 0;
                var b = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                var c = x >= bpp && y > 0 ? pixels[((y - 1) * stride) + x - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException("bad PNG filter " + filter),
                };
                pixels[(y * stride) + x] = (byte)(value + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
