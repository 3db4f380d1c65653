using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>
/// Rule ids for imported policies. Editors' problem matchers ($msCompile: \w+\d+) need a word ending in digits, so
/// a definition named by a GUID becomes AZP plus its first 8 hex digits as a 10-digit number
/// (dc921057-… → AZP3700559959): stable, and traceable to the GUID kept in the rule. Other names are hashed.
/// </summary>
public static class PolicyRuleId
{
    public const string Prefix = "AZP";

    public static string For(string name) =>
        FromHex(name.Length >= 8 && name[..8].All(char.IsAsciiHexDigit) ? name[..8] : Hash(name));

    /// <summary>
    /// The id of a definition run through an initiative with other parameter values than on its own: a hash of the
    /// initiative's name and the member's reference id, so that each member of an initiative has its own.
    /// </summary>
    public static string ForMember(string initiative, string referenceId) => FromHex(Hash($"{initiative}/{referenceId}"));

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToLowerInvariant())))[..8];

    private static string FromHex(string hex) =>
        Prefix + uint.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture).ToString("D10", CultureInfo.InvariantCulture);
}
