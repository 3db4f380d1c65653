using System.Collections.Immutable;
using System.Globalization;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Expressions;

/// <summary>
/// Parses the template language inside a JSON string: "[fn('a', 1).prop[0]]". Positions are indexes into the
/// unescaped string and are mapped back to the file through <see cref="JsonString.GetSourceSpan"/>, so every IR
/// node points at its exact sub-expression.
/// </summary>
public sealed class ArmExpressionParser
{
    private const int MaxDepth = 128;

    private readonly SourceFile file;
    private readonly JsonString literal;
    private readonly string text;
    private readonly DiagnosticBag diagnostics;
    private int position;
    private int depth;

    private ArmExpressionParser(SourceFile file, JsonString literal, DiagnosticBag diagnostics)
    {
        this.file = file;
        this.literal = literal;
        text = literal.Value;
        this.diagnostics = diagnostics;
    }

    /// <summary>True when ARM evaluates the string: it starts with '[' (but not the "[[" escape) and ends with ']'.</summary>
    public static bool IsExpression(string value) =>
        value.Length >= 2 && value[0] == '[' && value[^1] == ']' && value[1] != '[';

    /// <summary>The IR for a JSON string: a literal (with "[[" unescaped) or a parsed expression.</summary>
    public static Expression Lower(SourceFile file, JsonString literal, DiagnosticBag diagnostics)
    {
        var value = literal.Value;
        if (IsExpression(value))
        {
            return new ArmExpressionParser(file, literal, diagnostics).ParseTopLevel();
        }

        var unescaped = value.StartsWith("[[", StringComparison.Ordinal) ? value[1..] : value;
        var location = new SourceLocation(file, literal.Span);
        return new LiteralExpression(new StringValue(unescaped) { Origin = location }, location);
    }

    private Expression ParseTopLevel()
    {
        position = 1;
        var end = text.Length - 1;
        try
        {
            SkipWhitespace();
            if (position >= end)
            {
                throw Error(position, 1, "the expression is empty");
            }

            var expression = ParseExpression();
            SkipWhitespace();
            if (position != end)
            {
                throw Error(position, end - position, $"unexpected '{text[position]}' after the expression");
            }

            return expression;
        }
        catch (ExpressionSyntaxException error)
        {
            diagnostics.Add(error.Diagnostic);
            return new ErrorExpression(error.Diagnostic.Message, error.Diagnostic.Location);
        }
    }

    private Expression ParseExpression()
    {
        if (++depth > MaxDepth)
        {
            throw Error(position, 1, $"nesting deeper than {MaxDepth} levels");
        }

        var start = position;
        var expression = ParsePrimary();
        while (true)
        {
            SkipWhitespace();
            if (TryConsume('.'))
            {
                SkipWhitespace();
                var name = ReadIdentifier() ?? throw Error(position, 1, "a property name is expected after '.'");
                expression = new PropertyAccessExpression(expression, name, At(start, position - start));
            }
            else if (Peek() == '[')
            {
                position++;
                SkipWhitespace();
                var index = ParseExpression();
                SkipWhitespace();
                Expect(']');
                expression = new IndexAccessExpression(expression, index, At(start, position - start));
            }
            else
            {
                break;
            }
        }

        depth--;
        return expression;
    }

    private Expression ParsePrimary()
    {
        var start = position;
        var c = Peek();
        if (c == '\'')
        {
            var value = ReadString();
            var location = At(start, position - start);
            return new LiteralExpression(new StringValue(value) { Origin = location }, location);
        }

        if (c == '-' || char.IsAsciiDigit(c))
        {
            position++;
            while (char.IsAsciiDigit(Peek()))
            {
                position++;
            }

            var digits = text[start..position];
            var location = At(start, position - start);
            if (!long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                throw Error(start, position - start, $"'{digits}' is not a 64-bit integer");
            }

            return new LiteralExpression(new IntegerValue(number) { Origin = location }, location);
        }

        var name = ReadIdentifier() ?? throw Error(position, 1, Peek() == '\0' ? "the expression ends early" : $"unexpected '{Peek()}'");
        string? ns = null;
        SkipWhitespace();
        if (Peek() == '.' && LooksLikeNamespacedCall())
        {
            position++;
            ns = name;
            name = ReadIdentifier() ?? throw Error(position, 1, "a function name is expected after the namespace");
            SkipWhitespace();
        }

        if (!TryConsume('('))
        {
            throw Error(start, position - start, $"'{name}' must be followed by '(' (bare names are not values in the template language)");
        }

        var arguments = ImmutableArray.CreateBuilder<Expression>(4);
        SkipWhitespace();
        if (!TryConsume(')'))
        {
            while (true)
            {
                SkipWhitespace();
                arguments.Add(ParseExpression());
                SkipWhitespace();
                if (TryConsume(')'))
                {
                    break;
                }

                Expect(',');
            }
        }

        var callLocation = At(start, position - start);
        return ns is null ? LowerCall(name, arguments.ToImmutable(), callLocation, start) : new CallExpression(name, arguments.ToImmutable(), callLocation, ns);
    }

    // lambda('x', 'y', body) and lambdaVariables('x') are syntax in the template language, not functions: they become
    // the shared IR's lambda and local reference, which the Bicep front end produces for x => body too.
    private Expression LowerCall(string name, ImmutableArray<Expression> arguments, SourceLocation location, int start)
    {
        if (name.Equals("lambda", StringComparison.OrdinalIgnoreCase))
        {
            if (arguments.Length < 2 || !arguments[..^1].All(a => a is LiteralExpression { Value: StringValue }))
            {
                throw Error(start, position - start, "lambda() needs one or more parameter names as string literals, then a body");
            }

            var parameters = arguments[..^1].Select(a => ((StringValue)((LiteralExpression)a).Value).Value).ToImmutableArray();
            return new LambdaExpression(parameters, arguments[^1], location);
        }

        if (name.Equals("lambdaVariables", StringComparison.OrdinalIgnoreCase))
        {
            if (arguments is not [LiteralExpression { Value: StringValue variable }])
            {
                throw Error(start, position - start, "lambdaVariables() needs one lambda parameter name as a string literal");
            }

            return new LocalReferenceExpression(variable.Value, location);
        }

        return new CallExpression(name, arguments, location);
    }

    // "ns.fn(" is a user-defined function call; "fn().prop" is property access. Look past the dot to decide.
    private bool LooksLikeNamespacedCall()
    {
        var saved = position;
        position++;
        var isCall = SkipIdentifier() && SkipWhitespaceAndPeek() == '(';
        position = saved;
        return isCall;
    }

    private char SkipWhitespaceAndPeek()
    {
        SkipWhitespace();
        return Peek();
    }

    private string ReadString()
    {
        var start = position++;

        // Most literals have no doubled quote inside: the value is a plain slice of the text.
        var end = text.IndexOf('\'', position);
        if (end >= 0 && end < text.Length - 1 && text[end + 1] != '\'')
        {
            position = end + 1;
            return text[(start + 1)..end];
        }

        var builder = new System.Text.StringBuilder();
        while (true)
        {
            if (position >= text.Length - 1)
            {
                throw Error(start, 1, "the string literal is not terminated; add the closing quote");
            }

            var c = text[position++];
            if (c != '\'')
            {
                builder.Append(c);
            }
            else if (Peek() == '\'')
            {
                builder.Append('\'');
                position++;
            }
            else
            {
                return builder.ToString();
            }
        }
    }

    private string? ReadIdentifier()
    {
        var start = position;
        return SkipIdentifier() ? NameTable.Shared.Get(text.AsSpan(start, position - start)) : null;
    }

    private bool SkipIdentifier()
    {
        if (!(char.IsAsciiLetter(Peek()) || Peek() == '_' || Peek() == '$'))
        {
            return false;
        }

        while (char.IsAsciiLetterOrDigit(Peek()) || Peek() is '_' or '$' or '-')
        {
            position++;
        }

        return true;
    }

    private void SkipWhitespace()
    {
        while (position < text.Length - 1 && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private char Peek() => position < text.Length - 1 ? text[position] : '\0';

    private bool TryConsume(char c)
    {
        if (Peek() != c)
        {
            return false;
        }

        position++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            var found = Peek() == '\0' ? "the end of the expression" : $"'{Peek()}'";
            throw Error(position, 1, $"expected '{c}' but found {found}");
        }
    }

    private SourceLocation At(int start, int length) => new(file, literal.GetSourceSpan(start, length));

    private ExpressionSyntaxException Error(int start, int length, string message)
    {
        var clamped = Math.Max(0, Math.Min(length, text.Length - start));
        return new ExpressionSyntaxException(ArmExpressionDiagnostics.SyntaxError(At(start, clamped), message));
    }

    private sealed class ExpressionSyntaxException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
