using System.Globalization;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>An IPv4 address ("a.b.c.d", a /32) or CIDR range ("a.b.c.d/n"), parsed strictly as ACR's ipRules expect.</summary>
public readonly record struct Ipv4Range(uint Network, int PrefixLength)
{
    public uint First => PrefixLength == 0 ? 0 : Network & (uint.MaxValue << (32 - PrefixLength));

    public uint Last => PrefixLength == 0 ? uint.MaxValue : First | ~(uint.MaxValue << (32 - PrefixLength));

    public bool Overlaps(Ipv4Range other) => First <= other.Last && other.First <= Last;

    /// <summary>Parses four decimal octets (no leading zeros, which some parsers read as octal) and an optional /0..32.</summary>
    public static Ipv4Range? TryParse(string text)
    {
        var slash = text.IndexOf('/');
        var address = slash < 0 ? text : text[..slash];
        var prefix = 32;
        if (slash >= 0 && !TryParseNumber(text[(slash + 1)..], 32, out prefix))
        {
            return null;
        }

        var octets = address.Split('.');
        if (octets.Length != 4)
        {
            return null;
        }

        uint network = 0;
        foreach (var octet in octets)
        {
            if (!TryParseNumber(octet, 255, out var value))
            {
                return null;
            }

            network = (network << 8) | (uint)value;
        }

        return new Ipv4Range(network, prefix);
    }

    private static bool TryParseNumber(string text, int max, out int value)
    {
        value = 0;
        return text.Length is > 0 and <= 3
            && text.All(char.IsAsciiDigit)
            && (text.Length == 1 || text[0] != '0')
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value <= max;
    }
}
