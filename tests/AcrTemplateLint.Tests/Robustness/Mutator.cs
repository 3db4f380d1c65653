using System.Text;

namespace AcrTemplateLint.Tests.Robustness;

/// <summary>
/// Seeded mutations of a file's bytes, of the kinds a half-written file in a pull request has: truncation, flipped
/// bytes, deleted and duplicated lines, unbalanced brackets and quotes, invalid UTF-8, BOMs, NUL bytes and mixed line
/// endings. The same seed always gives the same mutation, so a failing case can be replayed.
/// </summary>
public static class Mutator
{
    public static readonly string[] Kinds =
        ["truncate", "flip", "delete-line", "duplicate-line", "unbalance", "quote", "invalid-utf8", "bom", "nul", "line-endings"];

    public static byte[] Mutate(byte[] input, string kind, Random random)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var at = random.Next(input.Length);
        switch (kind)
        {
            case "truncate":
                return input[..at];
            case "flip":
                var flipped = (byte[])input.Clone();
                for (var i = 0; i < 1 + random.Next(8); i++)
                {
                    flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                }

                return flipped;
            case "delete-line":
            case "duplicate-line":
                var lines = Encoding.UTF8.GetString(input).Split('\n').ToList();
                var line = random.Next(lines.Count);
                if (kind == "delete-line")
                {
                    lines.RemoveAt(line);
                }
                else
                {
                    lines.Insert(line, lines[line]);
                }

                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            case "unbalance":
                return Insert(input, at, "{[(["u8.ToArray()[random.Next(4)..][..1]);
            case "quote":
                return Insert(input, at, random.Next(2) == 0 ? "\""u8.ToArray() : "'"u8.ToArray());
            case "invalid-utf8":
                return Insert(input, at, [0xC3, 0x28, 0xFF, 0xE2, 0x82]);
            case "bom":
                return Insert(input, random.Next(2) == 0 ? 0 : at, [0xEF, 0xBB, 0xBF]);
            case "nul":
                return Insert(input, at, [0]);
            default:
                var text = Encoding.UTF8.GetString(input).Replace("\r\n", "\n");
                var builder = new StringBuilder(text.Length);
                foreach (var c in text)
                {
                    builder.Append(c == '\n' ? (random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" }) : c.ToString());
                }

                return Encoding.UTF8.GetBytes(builder.ToString());
        }
    }

    private static byte[] Insert(byte[] input, int at, byte[] bytes) => [.. input[..at], .. bytes, .. input[at..]];
}
