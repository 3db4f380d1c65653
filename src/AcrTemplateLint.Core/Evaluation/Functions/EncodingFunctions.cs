using System.Text;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>base64, data URIs and URIs (ARM docs: "String functions"). Text is UTF-8, as ARM's examples show.</summary>
internal static class EncodingFunctions
{
    private const string DataUriPrefix = "data:text/plain;charset=utf8;base64,";

    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("base64", 1, 1, call => Convert(call, text => System.Convert.ToBase64String(Encoding.UTF8.GetBytes(text))));
        functions.Strict("base64ToString", 1, 1, call => FromBase64(call, (c, text) => c.String(text)));
        functions.Strict("base64ToJson", 1, 1, call => FromBase64(call, ObjectFunctions.ParseJson));
        functions.Strict("dataUri", 1, 1, call => Convert(call, text => DataUriPrefix + System.Convert.ToBase64String(Encoding.UTF8.GetBytes(text))));
        functions.Strict("dataUriToString", 1, 1, DataUriToString);
        functions.Strict("uri", 2, 2, Uri);
        functions.Strict("uriComponent", 1, 1, call => Convert(call, System.Uri.EscapeDataString));
        functions.Strict("uriComponentToString", 1, 1, call => Convert(call, System.Uri.UnescapeDataString));
    }

    private static Value Convert(FunctionCall call, Func<string, string> convert) =>
        call.String(0, out var text, out var failure) ? call.String(convert(text)) : failure;

    private static Value FromBase64(FunctionCall call, Func<FunctionCall, string, Value> then)
    {
        if (!call.String(0, out var encoded, out var failure))
        {
            return failure;
        }

        return TryDecode(encoded) is { } text ? then(call, text) : call.Invalid("the value is not valid base64");
    }

    // data:[<media type>][;base64],<data>
    private static Value DataUriToString(FunctionCall call)
    {
        if (!call.String(0, out var uri, out var failure))
        {
            return failure;
        }

        var comma = uri.IndexOf(',', StringComparison.Ordinal);
        if (!uri.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || comma < 0)
        {
            return call.Invalid("the value is not a data URI");
        }

        var data = uri[(comma + 1)..];
        if (!uri[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            return call.String(System.Uri.UnescapeDataString(data));
        }

        return TryDecode(data) is { } text ? call.String(text) : call.Invalid("the data URI's content is not valid base64");
    }

    // Resolution as in RFC 3986, except that a trailing '/' on the base and a leading '/' on the relative part merge
    // into one (as ARM documents: uri('http://contoso.org/firstpath/', '/myscript.sh') keeps firstpath).
    private static Value Uri(FunctionCall call)
    {
        if (!call.String(0, out var baseText, out var failure) || !call.String(1, out var relative, out failure))
        {
            return failure;
        }

        if (baseText.EndsWith('/') && relative.StartsWith('/'))
        {
            relative = relative[1..];
        }

        if (!System.Uri.TryCreate(baseText, UriKind.Absolute, out var baseUri) || !System.Uri.TryCreate(baseUri, relative, out var result))
        {
            return call.Invalid($"'{baseText}' and '{relative}' do not make an absolute URI");
        }

        return call.String(result.ToString());
    }

    private static string? TryDecode(string encoded)
    {
        var buffer = new byte[encoded.Length];
        return System.Convert.TryFromBase64String(encoded, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : null;
    }
}
