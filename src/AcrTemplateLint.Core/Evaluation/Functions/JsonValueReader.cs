using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// Reads the text given to json() and base64ToJson() into a value. ARM parses it with Newtonsoft.Json, which also
/// accepts single-quoted strings and comments (its docs pass "{'one': 'a'}"); so does this reader. Every value it
/// builds points at the call that produced it.
/// </summary>
internal sealed class JsonValueReader
{
    private const int MaxDepth = 256;

    private readonly string text;
    private readonly SourceLocation? origin;
    private int position;
    private int depth;

    private JsonValueReader(string text, SourceLocation? origin)
    {
        this.text = text;
        this.origin = origin;
    }

    /// <summary>The value, or null with <paramref name="error"/> set when the text is not JSON.</summary>
    public static Value? Read(string text, SourceLocation? origin, out string? error)
    {
        var reader = new JsonValueReader(text, origin);
        try
        {
            var value = reader.ReadValue();
            reader.SkipTrivia();
            error = reader.position < text.Length ? $"unexpected '{text[reader.position]}' at position {reader.position + 1}" : null;
            return error is null ? value : null;
        }
        catch (FormatException failure)
        {
            error = failure.Message;
            return null;
        }
    }

    private Value ReadValue()
    {
        SkipTrivia();
        if (position >= text.Length)
        {
            throw new FormatException("the text ends where a value was expected");
        }

        switch (text[position])
        {
            case '{':
                return Nested(ReadObject);
            case '[':
                return Nested(ReadArray);
            case '"' or '\'':
                return new StringValue(ReadString()) { Origin = origin };
            case '-' or '.' or (>= '0' and <= '9'):
                // Newtonsoft.Json, and so ARM, also reads ".25" (a quickstart template writes json('.25')).
                return ReadNumber();
        }

        foreach (var (keyword, value) in Keywords())
        {
            if (string.CompareOrdinal(text, position, keyword, 0, keyword.Length) == 0)
            {
                position += keyword.Length;
                return value;
            }
        }

        throw new FormatException($"unexpected '{text[position]}' at position {position + 1}");
    }

    private IEnumerable<(string, Value)> Keywords()
    {
        yield return ("true", new BooleanValue(true) { Origin = origin });
        yield return ("false", new BooleanValue(false) { Origin = origin });
        yield return ("null", new NullValue { Origin = origin });
    }

    private Value Nested(Func<Value> read)
    {
        if (++depth > MaxDepth)
        {
            throw new FormatException($"nesting deeper than {MaxDepth} levels");
        }

        var value = read();
        depth--;
        return value;
    }

    private Value ReadObject()
    {
        position++;
        var entries = new List<ObjectEntry>();
        SkipTrivia();
        while (!TryConsume('}'))
        {
            SkipTrivia();
            var key = position < text.Length && text[position] is '"' or '\'' ? ReadString() : throw new FormatException($"a property name is expected at position {position + 1}");
            SkipTrivia();
            Expect(':');
            var value = ReadValue();
            ObjectFunctions.Set(entries, new ObjectEntry(key, value, origin));
            SkipTrivia();
            if (!TryConsume(','))
            {
                Expect('}');
                break;
            }

            SkipTrivia();
        }

        return new ObjectValue([.. entries]) { Origin = origin };
    }

    private Value ReadArray()
    {
        position++;
        var items = ImmutableArray.CreateBuilder<Value>();
        SkipTrivia();
        while (!TryConsume(']'))
        {
            items.Add(ReadValue());
            SkipTrivia();
            if (!TryConsume(','))
            {
                Expect(']');
                break;
            }

            SkipTrivia();
        }

        return new ArrayValue(items.ToImmutable()) { Origin = origin };
    }

    private string ReadString()
    {
        var quote = text[position++];
        var builder = new StringBuilder();
        while (true)
        {
            if (position >= text.Length)
            {
                throw new FormatException("a string is not terminated");
            }

            var c = text[position++];
            if (c == quote)
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = position < text.Length ? text[position++] : '\0';
            builder.Append(escape switch
            {
                '"' or '\'' or '\\' or '/' => escape,
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' when position + 4 <= text.Length && int.TryParse(text.AsSpan(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                    => (char)code,
                _ => throw new FormatException($"'\\{escape}' is not a valid escape"),
            });
            if (escape == 'u')
            {
                position += 4;
            }
        }
    }

    private Value ReadNumber()
    {
        var start = position;
        position++;
        while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] is '.' or 'e' or 'E' or '+' or '-'))
        {
            position++;
        }

        var number = text[start..position];
        if (long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new IntegerValue(integer) { Origin = origin };
        }

        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            ? new FloatValue(real) { Origin = origin }
            : throw new FormatException($"'{number}' is not a number");
    }

    private void SkipTrivia()
    {
        while (position < text.Length)
        {
            if (char.IsWhiteSpace(text[position]))
            {
                position++;
            }
            else if (text.AsSpan(position).StartsWith("//"))
            {
                var end = text.IndexOf('\n', position);
                position = end < 0 ? text.Length : end + 1;
            }
            else if (text.AsSpan(position).StartsWith("/*"))
            {
                var end = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                position = end < 0 ? throw new FormatException("a comment is not terminated") : end + 2;
            }
            else
            {
                return;
            }
        }
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
        if (!TryConsume(c))
        {
            throw new FormatException(position < text.Length ? $"expected '{c}' but found '{text[position]}' at position {position + 1}" : $"expected '{c}' but the text ends");
        }
    }
}
