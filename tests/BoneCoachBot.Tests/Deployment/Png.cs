using System.Buffers.Binary;
using System.IO.Compression;

namespace BoneCoachBot.Tests.Deployment;

/// <summary>Just enough PNG reading to check the Teams icons: size from IHDR, RGBA pixels of a non-interlaced 8-bit image.</summary>
public sealed record Png(int Width, int Height, byte ColorType, byte[] Rgba)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) ReadSize(byte[] file)
    {
        if (!file.AsSpan(0, 8).SequenceEqual(Signature) || System.Text.Encoding.ASCII.GetString(file, 12, 4) != "IHDR")
        {
            throw new InvalidDataException("not a PNG");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(20)));
    }

    public static Png Read(byte[] file)
    {
        var (width, height) = ReadSize(file);
        byte bitDepth = file[24], colorType = file[25], interlace = file[28];
        if (bitDepth != 8 || colorType != 6 || interlace != 0)
        {
            throw new InvalidDataException($"expected 8-bit RGBA, not interlaced; got depth {bitDepth}, color type {colorType}, interlace {interlace}");
        }

        using var compressed = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            if (System.Text.Encoding.ASCII.GetString(file, at + 4, 4) == "IDAT")
            {
                compressed.Write(file, at + 8, length);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new Png(width, height, colorType, Unfilter(inflated.ToArray(), width, height));
    }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    // PNG's five per-row filters (spec section 9), 4 bytes a pixel.
    private static byte[] Unfilter(byte[] data, int width, int height)
    {
        var stride = width * 4;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var raw = data[(y * (stride + 1)) + 1 + x];
                int left = x >= 4 ? pixels[(y * stride) + x - 4] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = x >= 4 && y > 0 ? pixels[((y - 1) * stride) + x - 4] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException("unknown PNG filter " + filter),
                };
                pixels[(y * stride) + x] = (byte)(raw + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
