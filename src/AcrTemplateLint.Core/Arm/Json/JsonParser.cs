using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Json;

/// <summary>
/// Reads JSON as Azure Resource Manager accepts it: // and /* */ comments, line breaks inside strings and trailing
/// commas are allowed. Every node keeps its span. A syntax error stops the parse with one diagnostic (a half-read
/// template would only mislead the rules); duplicate keys are reported and reading goes on.
/// </summary>
public sealed class JsonParser
{
    public const int MaxDepth = 256;

    // Objects with fewer properties find duplicate keys by a scan; larger ones by a dictionary.
    private const int SmallObject = 8;

    private readonly SourceFile file;
    private readonly string text;
    private readonly DiagnosticBag diagnostics;

    // One builder per nesting level, reused by every object (array) at that level: members are collected there and
    // copied once into an array of their number, instead of a new builder growing its own array for every value.
    private readonly List<ImmutableArray<JsonProperty>.Builder> propertiesByLevel = [];
    private readonly List<ImmutableArray<JsonNode>.Builder> itemsByLevel = [];

    private int position;
    private int depth;

    private JsonParser(SourceFile file, DiagnosticBag diagnostics)
    {
        this.file = file;
        text = file.Text;
        this.diagnostics = diagnostics;
    }

    /// <summary>Parses the whole file; returns null (with a diagnostic) when it is not valid JSON.</summary>
    public static JsonNode? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var parser = new JsonParser(file, diagnostics);
        try
        {
            parser.SkipTrivia();
            var root = parser.ParseValue();
            parser.SkipTrivia();
            if (parser.position < parser.text.Length)
            {
                throw Error(JsonDiagnostics.TrailingContent(parser.At(parser.position, 1)));
            }

            return root;
        }
        catch (SyntaxError error)
        {
            diagnostics.Add(error.Diagnostic);
            return null;
        }
    }

    private JsonNode ParseValue()
    {
        if (position >= text.Length)
        {
            throw Error(JsonDiagnostics.UnexpectedEnd(At(text.Length, 0), "a value"));
        }

        var c = text[position];
        switch (c)
        {
            case '{':
                Descend();
                var obj = ParseObject();
                depth--;
                return obj;
            case '[':
                Descend();
                var array = ParseArray();
                depth--;
                return array;
            case '"':
                return ParseString();
            case '-' or (>= '0' and <= '9'):
                return ParseNumber();
        }

        if (TryKeyword("true"))
        {
            return new JsonBoolean(new TextSpan(position - 4, 4), true);
        }

        if (TryKeyword("false"))
        {
            return new JsonBoolean(new TextSpan(position - 5, 5), false);
        }

        if (TryKeyword("null"))
        {
            return new JsonNull(new TextSpan(position - 4, 4));
        }

        throw Error(JsonDiagnostics.UnexpectedCharacter(At(position, 1), Describe(position), "a value"));
    }

    // One level deeper into objects and arrays; the caller steps back out after the nested value.
    private void Descend()
    {
        if (++depth > MaxDepth)
        {
            throw Error(JsonDiagnostics.NestingTooDeep(At(position, 1), MaxDepth));
        }
    }

    private JsonObject ParseObject()
    {
        var start = position++;
        var properties = Scratch(propertiesByLevel);
        Dictionary<string, JsonString>? seen = null;
        SkipTrivia();
        while (!TryConsume('}'))
        {
            if (position >= text.Length)
            {
                throw Error(JsonDiagnostics.UnexpectedEnd(At(text.Length, 0), "'}'"));
            }

            if (text[position] != '"')
            {
                throw Error(JsonDiagnostics.UnexpectedCharacter(At(position, 1), Describe(position), "a property name in double quotes or '}'"));
            }

            var name = ParseString(isName: true);
            SkipTrivia();
            Expect(':');
            SkipTrivia();
            var value = ParseValue();
            if (properties.Count >= SmallObject && seen is null)
            {
                seen = new Dictionary<string, JsonString>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < properties.Count; i++)
                {
                    seen.TryAdd(properties[i].Name.Value, properties[i].Name);
                }
            }

            var first = seen is not null
                ? seen.GetValueOrDefault(name.Value)
                : FirstNamed(properties, name.Value);
            if (first is not null)
            {
                diagnostics.Add(JsonDiagnostics.DuplicateKey(At(name.Span), name.Value, At(first.Span)));
            }
            else
            {
                seen?.Add(name.Value, name);
            }

            properties.Add(new JsonProperty(name, value));
            SkipTrivia();
            if (!TryConsume(','))
            {
                Expect('}');
                break;
            }

            SkipTrivia();
        }

        return new JsonObject(TextSpan.FromBounds(start, position), properties.ToImmutable());
    }

    private ImmutableArray<T>.Builder Scratch<T>(List<ImmutableArray<T>.Builder> byLevel)
    {
        while (byLevel.Count <= depth)
        {
            byLevel.Add(ImmutableArray.CreateBuilder<T>());
        }

        var builder = byLevel[depth];
        builder.Clear();
        return builder;
    }

    private static JsonString? FirstNamed(ImmutableArray<JsonProperty>.Builder properties, string name)
    {
        // An index loop: a builder's enumerator is an allocated iterator.
        for (var i = 0; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].Name.Value, name, StringComparison.OrdinalIgnoreCase))
            {
                return properties[i].Name;
            }
        }

        return null;
    }

    private JsonArray ParseArray()
    {
        var start = position++;
        var items = Scratch(itemsByLevel);
        SkipTrivia();
        while (!TryConsume(']'))
        {
            items.Add(ParseValue());
            SkipTrivia();
            if (!TryConsume(','))
            {
                Expect(']');
                break;
            }

            SkipTrivia();
        }

        return new JsonArray(TextSpan.FromBounds(start, position), items.ToImmutable());
    }

    private JsonString ParseString(bool isName = false)
    {
        var start = position++;
        var contentStart = position;

        // Fast path: no escapes, so the value is a plain substring and offsets map by identity.
        while (position < text.Length && text[position] != '"' && text[position] != '\\')
        {
            position++;
        }

        if (position < text.Length && text[position] == '"')
        {
            var value = isName ? NameTable.Shared.Get(text.AsSpan(contentStart, position - contentStart)) : text.Substring(contentStart, position - contentStart);
            position++;
            return new JsonString(TextSpan.FromBounds(start, position), value);
        }

        var builder = new StringBuilder(text, contentStart, position - contentStart, position - contentStart + 16);
        var offsets = new List<int>(builder.Length + 16);
        for (var i = contentStart; i < position; i++)
        {
            offsets.Add(i);
        }

        while (true)
        {
            if (position >= text.Length)
            {
                throw Error(JsonDiagnostics.UnterminatedString(At(start, 1)));
            }

            var c = text[position];
            if (c == '"')
            {
                position++;
                return new JsonString(TextSpan.FromBounds(start, position), builder.ToString(), [.. offsets]);
            }

            offsets.Add(position);
            if (c != '\\')
            {
                builder.Append(c);
                position++;
                continue;
            }

            if (position + 1 >= text.Length)
            {
                throw Error(JsonDiagnostics.UnterminatedString(At(start, 1)));
            }

            var escape = text[position + 1];
            switch (escape)
            {
                case '"' or '\\' or '/':
                    builder.Append(escape);
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'u' when position + 5 < text.Length
                    && int.TryParse(text.AsSpan(position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    position += 4;
                    break;
                default:
                    var length = Math.Min(escape == 'u' ? 6 : 2, text.Length - position);
                    throw Error(JsonDiagnostics.InvalidEscape(At(position, length), text.Substring(position, length)));
            }

            position += 2;
        }
    }

    private JsonNumber ParseNumber()
    {
        var start = position;
        TryConsume('-');
        var digits = ConsumeDigits();
        if (digits == 0)
        {
            throw Error(JsonDiagnostics.UnexpectedCharacter(At(position, 1), Describe(position), "a digit"));
        }

        if (TryConsume('.') && ConsumeDigits() == 0)
        {
            throw Error(JsonDiagnostics.UnexpectedCharacter(At(position, 1), Describe(position), "a digit after '.'"));
        }

        if (position < text.Length && (text[position] == 'e' || text[position] == 'E'))
        {
            position++;
            if (!TryConsume('+'))
            {
                TryConsume('-');
            }

            if (ConsumeDigits() == 0)
            {
                throw Error(JsonDiagnostics.UnexpectedCharacter(At(position, 1), Describe(position), "an exponent"));
            }
        }

        return new JsonNumber(TextSpan.FromBounds(start, position), text[start..position]);
    }

    private int ConsumeDigits()
    {
        var start = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        return position - start;
    }

    private void SkipTrivia()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
            {
                position++;
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
            {
                while (position < text.Length && text[position] is not ('\n' or '\r'))
                {
                    position++;
                }
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
            {
                var end = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Error(JsonDiagnostics.UnterminatedComment(At(position, 2)));
                }

                position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private bool TryKeyword(string keyword)
    {
        if (string.CompareOrdinal(text, position, keyword, 0, keyword.Length) != 0)
        {
            return false;
        }

        var end = position + keyword.Length;
        if (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            return false;
        }

        position = end;
        return true;
    }

    private bool TryConsume(char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (TryConsume(c))
        {
            return;
        }

        var expected = $"'{c}'";
        throw Error(position >= text.Length
            ? JsonDiagnostics.UnexpectedEnd(At(text.Length, 0), expected)
            : JsonDiagnostics.UnexpectedCharacter(At(position, 1), Describe(position), expected));
    }

    private string Describe(int offset)
    {
        var c = text[offset];
        return c switch
        {
            '\'' => "a single quote (JSON strings use double quotes)",
            '\0' => "a NUL character",
            _ when char.IsControl(c) => $"control character U+{(int)c:X4}",
            _ => $"'{c}'",
        };
    }

    private SourceLocation At(int start, int length) => new(file, new TextSpan(start, Math.Min(length, text.Length - start)));

    private SourceLocation At(TextSpan span) => new(file, span);

    private static SyntaxError Error(Diagnostic diagnostic) => new(diagnostic);

    /// <summary>Unwinds the descent at the first syntax error; never escapes <see cref="Parse"/>.</summary>
    private sealed class SyntaxError(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
