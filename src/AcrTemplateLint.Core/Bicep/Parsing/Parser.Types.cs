using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>
/// Type expressions: names, literals, unions, nullable and array suffixes, object and tuple types, type member
/// access, and parameterized (resource-derived) types.
/// </summary>
internal sealed partial class Parser
{
    private static readonly TokenSet UnionMemberEnd = Terminators.Closers | TokenSet.Of(
        TokenKind.Pipe, TokenKind.Comma, TokenKind.GreaterThan, TokenKind.Assignment);

    private static readonly TokenSet TypeArgumentEnd = TokenSet.Of(TokenKind.NewLine, TokenKind.Comma, TokenKind.GreaterThan);

    /// <summary>
    /// The type of a parameter, variable, output or function: <c>resource 'type@version'</c> (an output may omit the
    /// string) or a type expression. <c>resource&lt;…&gt;</c> is a parameterized type, not this form.
    /// </summary>
    private SyntaxElement Type(bool allowOptionalResourceType)
    {
        if (!CheckKeyword("resource") || PeekAhead(1).Kind == TokenKind.LessThan)
        {
            return TypeExpression();
        }

        var keyword = Read();
        var type = allowOptionalResourceType && !IsString(Current)
            ? null
            : WithRecovery(
                () => ThrowIfSkipped(InterpolableString, found => ExpectedString("a resource type such as 'Microsoft.ContainerRegistry/registries@2023-07-01'", found)),
                RecoveryFlags.None,
                TokenSet.Of(TokenKind.Assignment, TokenKind.NewLine));
        return new ResourceTypeSyntax(keyword, type);
    }

    /// <summary>A type, or a union <c>a | b | …</c> with an optional leading pipe and line breaks before each pipe.</summary>
    private SyntaxElement TypeExpression()
    {
        EnterNesting();
        List<SyntaxElement>? items = null;
        if (HasUnionSeparator())
        {
            items = [.. NewLines(), Read()];
        }

        var first = UnaryType();
        if (items is null && !HasUnionSeparator())
        {
            ExitNesting();
            return first;
        }

        items ??= [];
        items.Add(first);
        while (HasUnionSeparator())
        {
            items.AddRange(NewLines());
            items.Add(Read());
            items.Add(Check(TokenKind.NewLine)
                ? SkipEmpty(ParserDiagnostics.ExpectedType(FoundAt(Current), Describe(Current)))
                : WithRecovery(UnaryType, RecoveryFlags.None, UnionMemberEnd));
        }

        ExitNesting();
        return new UnionTypeSyntax([.. items]);
    }

    private bool HasUnionSeparator() => Check(TokenKind.Pipe) || (Check(TokenKind.NewLine) && PeekAhead(1).Kind == TokenKind.Pipe);

    /// <summary>A type with any number of <c>?</c> (nullable) and <c>!</c> (non-nullable) suffixes.</summary>
    private SyntaxElement UnaryType()
    {
        var current = Current.Kind is TokenKind.Exclamation or TokenKind.Minus
            ? new UnaryOperationSyntax(Read(), WithRecovery(MemberType, RecoveryFlags.None, Terminators.Closers))
            : MemberType();
        var links = 0;
        while (true)
        {
            switch (Current.Kind)
            {
                case TokenKind.Question:
                    current = new NullableTypeSyntax(current, Read());
                    break;
                case TokenKind.Exclamation:
                    current = new NonNullableTypeSyntax(current, Read());
                    break;
                default:
                    chainDepth -= links;
                    return current;
            }

            ExtendChain(ref links);
        }
    }

    /// <summary>Postfix type forms: <c>t[]</c>, <c>t[*]</c>, <c>t[0]</c>, <c>t.name</c>, <c>t.*</c>, <c>ns.name&lt;…&gt;</c>.</summary>
    private SyntaxElement MemberType()
    {
        var current = PrimaryType();
        var links = 0;
        while (true)
        {
            if (Check(TokenKind.LeftSquare))
            {
                var open = Read();
                if (Check(TokenKind.RightSquare))
                {
                    current = new ArrayTypeSyntax(current, open, Read());
                }
                else if (Check(TokenKind.Asterisk))
                {
                    current = new TypeItemsAccessSyntax(current, open, Read(), Expect(TokenKind.RightSquare, "']'"));
                }
                else
                {
                    var index = Expression(ExpressionFlags.None);
                    current = new TypeIndexAccessSyntax(current, open, index, Expect(TokenKind.RightSquare, "']'"));
                }
            }
            else if (Check(TokenKind.Dot))
            {
                var dot = Read();
                if (Check(TokenKind.Asterisk))
                {
                    current = new TypeAdditionalPropertiesAccessSyntax(current, dot, Read());
                }
                else
                {
                    var name = IdentifierOrSkip("a property name or '*'");
                    if (Check(TokenKind.LessThan))
                    {
                        var (open, items, close) = TypeArguments();
                        current = new InstanceParameterizedTypeSyntax(current, dot, name, open, items, close);
                    }
                    else
                    {
                        current = new TypePropertyAccessSyntax(current, dot, name);
                    }
                }
            }
            else
            {
                chainDepth -= links;
                return current;
            }

            ExtendChain(ref links);
        }
    }

    private SyntaxElement PrimaryType()
    {
        if (Literal() is { } literal)
        {
            return literal;
        }

        var current = Current;
        switch (current.Kind)
        {
            case TokenKind.LeftBrace:
                return ObjectType();
            case TokenKind.LeftSquare:
                return TupleType();
            case TokenKind.LeftParen:
                var (open, items, close) = ParenthesizedList(TypeExpression, permitNewLines: false);
                return new ParenthesizedExpressionSyntax(open, SingleItem(open, items), close);
            case TokenKind.Identifier:
                var name = new IdentifierSyntax(Read());
                if (!Check(TokenKind.LessThan))
                {
                    return new TypeReferenceSyntax(name);
                }

                var (openChevron, arguments, closeChevron) = TypeArguments();
                return new ParameterizedTypeSyntax(name, openChevron, arguments, closeChevron);
            default:
                throw Expected(ParserDiagnostics.ExpectedType(FoundAt(current), Describe(current)));
        }
    }

    private (Token Open, ImmutableArray<SyntaxElement> Items, SyntaxElement Close) TypeArguments() =>
        Arguments(TokenKind.GreaterThan, "'>'", () => new TypeArgumentSyntax(WithRecovery(TypeExpression, RecoveryFlags.None, TypeArgumentEnd)));

    private ObjectTypeSyntax ObjectType()
    {
        var open = Read();
        var items = DelimitedItems(TokenKind.RightBrace, ObjectTypeProperty, commasOnly: false);
        var close = Expect(TokenKind.RightBrace, "'}'");
        return new ObjectTypeSyntax(open, items, close);
    }

    /// <summary><c>name: type</c>, <c>'quoted name': type</c> or <c>*: type</c>, each optionally decorated.</summary>
    private SyntaxElement ObjectTypeProperty()
    {
        var leading = LeadingDecorators();
        var key = WithRecovery(
            () => Current.Kind switch
            {
                TokenKind.Identifier => new IdentifierSyntax(Read()),
                TokenKind.StringComplete or TokenKind.StringLeftPiece => ThrowIfSkipped(InterpolableString, ExpectedPropertyName),
                TokenKind.Asterisk => Read(),
                _ => throw Expected(ParserDiagnostics.ExpectedName(FoundAt(Current), "a property name or '*'", Describe(Current))),
            },
            RecoveryFlags.None,
            TokenSet.Of(TokenKind.Colon, TokenKind.NewLine, TokenKind.RightBrace));
        var colon = WithRecovery(expectColon, SuppressAfter(key), Terminators.ObjectItem);
        var value = WithRecovery(TypeExpression, SuppressAfter(colon), Terminators.ObjectItem);
        return key is Token { Kind: TokenKind.Asterisk } asterisk
            ? new ObjectTypeAdditionalPropertiesSyntax(leading, asterisk, colon, value)
            : new ObjectTypePropertySyntax(leading, key, colon, value);
    }

    private TupleTypeSyntax TupleType()
    {
        var open = Read();
        var items = DelimitedItems(
            TokenKind.RightSquare,
            () => WithRecovery(() => new TupleTypeItemSyntax(LeadingDecorators(), TypeExpression()), RecoveryFlags.None, Terminators.ArrayItem),
            commasOnly: false);
        var close = Expect(TokenKind.RightSquare, "']'");
        return new TupleTypeSyntax(open, items, close);
    }
}
