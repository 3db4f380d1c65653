using System.Text;
using AcrTemplateLint.Rules.Engine;

namespace AcrTemplateLint.Reporting;

/// <summary>
/// A finding's identity that survives unrelated edits: rule, file, resource and field, never a line or column. It is
/// what SARIF partialFingerprints and baselines key on.
/// </summary>
public static class Fingerprint
{
    public const string Key = "acrlint/v1";

    public static string Of(Finding finding)
    {
        var identity = string.Join('\u001f', finding.Rule.Id, finding.Check, finding.Location.File.DisplayPath, finding.ResourceIdentity, finding.Field, finding.Outcome);
        var hash = Sha256.Hash(Encoding.UTF8.GetBytes(identity));
        return Hex(hash.AsSpan(0, 16));
    }

    // By hand: Convert.ToHexStringLower's vectorised path is JIT-compiled in every run that writes fingerprints.
    private static string Hex(ReadOnlySpan<byte> bytes)
    {
        const string Digits = "0123456789abcdef";
        Span<char> chars = stackalloc char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = Digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = Digits[bytes[i] & 0xF];
        }

        return new string(chars);
    }
}
