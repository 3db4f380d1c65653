using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// parseCidr, cidrSubnet, cidrHost (ARM docs: "CIDR functions"), for IPv4 and IPv6. Host 0 is the first address
/// after the network address. ARM does not document the usable range of an IPv4 /31 or /32, so those are Unknown.
/// </summary>
internal static class CidrFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("parseCidr", 1, 1, ParseCidr);
        functions.Strict("cidrSubnet", 3, 3, CidrSubnet);
        functions.Strict("cidrHost", 2, 2, CidrHost);
    }

    private sealed record Network(UInt128 Address, int Prefix, int Bits)
    {
        public UInt128 Mask => Prefix == 0 ? UInt128.Zero : (AllOnes << (Bits - Prefix)) & AllOnes;

        public UInt128 First => Address & Mask;

        public UInt128 Last => First | (~Mask & AllOnes);

        private UInt128 AllOnes => Bits == 128 ? UInt128.MaxValue : ((UInt128)1 << Bits) - 1;

        public string Format(UInt128 address)
        {
            var bytes = new byte[Bits / 8];
            for (var i = bytes.Length - 1; i >= 0; i--, address >>= 8)
            {
                bytes[i] = (byte)(address & 0xFF);
            }

            return new IPAddress(bytes).ToString();
        }
    }

    private static Value ParseCidr(FunctionCall call)
    {
        if (!TryNetwork(call, out var network, out var failure))
        {
            return failure;
        }

        if (network.Bits == 32 && network.Prefix > 30)
        {
            return call.Unknown($"the usable addresses of a /{network.Prefix} network, which ARM does not document");
        }

        var entries = new List<ObjectEntry>
        {
            Entry(call, "network", network.Format(network.First)),
            Entry(call, "netmask", network.Format(network.Mask)),
        };
        if (network.Bits == 32)
        {
            entries.Add(Entry(call, "broadcast", network.Format(network.Last)));
            entries.Add(Entry(call, "firstUsable", network.Format(network.First + 1)));
            entries.Add(Entry(call, "lastUsable", network.Format(network.Last - 1)));
        }
        else
        {
            entries.Add(Entry(call, "firstUsable", network.Format(network.First)));
            entries.Add(Entry(call, "lastUsable", network.Format(network.Last)));
        }

        entries.Add(new ObjectEntry("cidr", call.Integer(network.Prefix), null));
        return call.Object([.. entries]);
    }

    private static Value CidrSubnet(FunctionCall call)
    {
        if (!TryNetwork(call, out var network, out var failure) || !call.Integer(1, out var newPrefix, out failure) || !call.Integer(2, out var index, out failure))
        {
            return failure;
        }

        if (newPrefix < network.Prefix || newPrefix > network.Bits)
        {
            return call.Invalid($"the new prefix length {newPrefix} must be between {network.Prefix} and {network.Bits}");
        }

        var subnetBits = (int)newPrefix - network.Prefix;
        if (index < 0 || (subnetBits < 63 && index >= 1L << subnetBits))
        {
            return call.Invalid($"subnet {index} does not exist in /{network.Prefix} split into /{newPrefix} subnets");
        }

        var subnet = network.First + ((UInt128)(ulong)index << (network.Bits - (int)newPrefix));
        return call.String($"{network.Format(subnet)}/{newPrefix}");
    }

    private static Value CidrHost(FunctionCall call)
    {
        if (!TryNetwork(call, out var network, out var failure) || !call.Integer(1, out var index, out failure))
        {
            return failure;
        }

        var host = network.First + 1 + (UInt128)(ulong)Math.Max(index, 0);
        var last = network.Bits == 32 ? network.Last - 1 : network.Last;
        if (index < 0 || host > last || host < network.First)
        {
            return call.Invalid($"host {index} is outside the usable addresses of {network.Format(network.First)}/{network.Prefix}");
        }

        return call.String(network.Format(host));
    }

    private static ObjectEntry Entry(FunctionCall call, string key, string value) => new(key, call.String(value), null);

    private static bool TryNetwork(FunctionCall call, [NotNullWhen(true)] out Network? network, [NotNullWhen(false)] out Value? failure)
    {
        network = null;
        if (!call.String(0, out var text, out failure))
        {
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(text[..slash], out var address) || !int.TryParse(text[(slash + 1)..], out var prefix))
        {
            failure = call.Invalid($"'{text}' is not an IP address range in CIDR notation");
            return false;
        }

        var bits = address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        if (prefix < 0 || prefix > bits)
        {
            failure = call.Invalid($"the prefix length /{prefix} is outside 0..{bits}");
            return false;
        }

        UInt128 value = 0;
        foreach (var b in address.GetAddressBytes())
        {
            value = (value << 8) | b;
        }

        network = new Network(value, prefix, bits);
        return true;
    }
}
