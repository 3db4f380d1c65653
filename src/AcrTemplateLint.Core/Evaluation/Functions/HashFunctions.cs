using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// uniqueString and guid (ARM docs: "String functions"): deterministic hashes of their arguments joined with '-'.
/// Both reproduce Azure Resource Manager's algorithms exactly; the tests check them against values the real
/// evaluator produced (the Bicep compiler's bicepparam-Expressions baseline in the corpus). An argument that is not
/// known (resourceGroup().id, almost always) makes the result Unknown.
/// </summary>
internal static class HashFunctions
{
    // RFC 4122 name-based UUIDs (version 5, SHA-1) in this namespace, as the ARM docs state for guid().
    private static readonly byte[] GuidNamespace = Guid.Parse("11fb06fb-712d-4ddd-98c7-e71bbd588830").ToByteArray(bigEndian: true);

    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("uniqueString", 1, int.MaxValue, call => Hash(call, UniqueString));
        functions.Strict("guid", 1, int.MaxValue, call => Hash(call, NameBasedGuid));
    }

    private static Value Hash(FunctionCall call, Func<string, string> hash)
    {
        var parts = new string[call.Count];
        for (var i = 0; i < call.Count; i++)
        {
            if (!call.String(i, out var part, out var failure))
            {
                return failure;
            }

            parts[i] = part;
        }

        return call.String(hash(string.Join('-', parts)));
    }

    /// <summary>The 64-bit hash of the UTF-8 text as 13 base-32 characters, most significant bits first.</summary>
    public static string UniqueString(string text)
    {
        var hash = MurmurHash64(Encoding.UTF8.GetBytes(text));
        var result = new char[13];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Base32Alphabet[(int)(hash >> 59)];
            hash <<= 5;
        }

        return new string(result);
    }

    public static string NameBasedGuid(string text)
    {
        var hash = SHA1.HashData([.. GuidNamespace, .. Encoding.UTF8.GetBytes(text)]);
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }

    // A 64-bit MurmurHash variant built from two 32-bit lanes (seed 0), with the constants Azure Resource Manager uses.
    private static ulong MurmurHash64(ReadOnlySpan<byte> data)
    {
        const uint c1 = 0x239B961B, c2 = 0xAB0E9789, c3 = 0x85EBCA6B, c4 = 0xC2B2AE35;
        uint h1 = 0, h2 = 0;
        var index = 0;
        for (; index + 8 <= data.Length; index += 8)
        {
            var k1 = BinaryPrimitives.ReadUInt32LittleEndian(data[index..]);
            var k2 = BinaryPrimitives.ReadUInt32LittleEndian(data[(index + 4)..]);
            h1 ^= uint.RotateLeft(k1 * c1, 15) * c2;
            h1 = (uint.RotateLeft(h1, 19) + h2) * 5 + 0x561CCD1B;
            h2 ^= uint.RotateLeft(k2 * c2, 17) * c1;
            h2 = (uint.RotateLeft(h2, 13) + h1) * 5 + 0x0BCAA747;
        }

        var tail = data[index..];
        if (!tail.IsEmpty)
        {
            h1 ^= uint.RotateLeft(LittleEndian(tail[..Math.Min(tail.Length, 4)]) * c1, 15) * c2;
            if (tail.Length > 4)
            {
                h2 ^= uint.RotateLeft(LittleEndian(tail[4..]) * c2, 17) * c1;
            }
        }

        h1 ^= (uint)data.Length;
        h2 ^= (uint)data.Length;
        h1 += h2;
        h2 += h1;
        h1 = Mix(h1, c3, c4);
        h2 = Mix(h2, c3, c4);
        h1 += h2;
        h2 += h1;
        return ((ulong)h2 << 32) | h1;
    }

    private static uint LittleEndian(ReadOnlySpan<byte> bytes)
    {
        uint value = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            value |= (uint)bytes[i] << (8 * i);
        }

        return value;
    }

    private static uint Mix(uint h, uint a, uint b)
    {
        h = (h ^ (h >> 16)) * a;
        h = (h ^ (h >> 13)) * b;
        return h ^ (h >> 16);
    }
}
