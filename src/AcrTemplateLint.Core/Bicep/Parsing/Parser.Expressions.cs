using System.Globalization;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>
/// Expressions: ternary, binary operators by precedence climbing, unary, postfix member access, and primaries
/// (literals, strings, objects, arrays, loops, parentheses, lambdas, calls).
/// </summary>
internal sealed partial class Parser
{
    private static readonly TokenSet TernaryBranch = Terminators.Closers | TokenSet.Of(TokenKind.Colon);

    /// <summary>A lambda body does not move to the next line when that line starts with one of these (as in Bicep).</summary>
    private static readonly HashSet<string> DeclarationKeywords = new(StringComparer.Ordinal)
    {
        "assert", "import", "metadata", "param", "var", "resource", "output", "module", "type",
    };

    private SyntaxElement Expression(ExpressionFlags flags)
    {
        EnterNesting();
        var condition = BinaryExpression(flags, 0);
        var expression = PeekPastNewLines().Kind == TokenKind.Question ? Ternary(condition, flags) : condition;
        ExitNesting();
        return expression;
    }

    private TernaryOperationSyntax Ternary(SyntaxElement condition, ExpressionFlags flags)
    {
        var newLinesBeforeQuestion = NewLines();
        var question = Read();
        var whenTrue = WithRecovery(expressions[(int)flags], RecoveryFlags.None, TernaryBranch);
        var newLinesBeforeColon = whenTrue is not SkippedSyntax && PeekPastNewLines().Kind == TokenKind.Colon ? NewLines() : [];
        var colon = WithRecovery(expectColon, SuppressAfter(whenTrue), Terminators.Closers);
        var whenFalse = WithRecovery(expressions[(int)flags], SuppressAfter(colon), Terminators.Closers);
        return new TernaryOperationSyntax(condition, newLinesBeforeQuestion, question, whenTrue, newLinesBeforeColon, colon, whenFalse);
    }

    private static int Precedence(TokenKind kind) => kind switch
    {
        TokenKind.Asterisk or TokenKind.Slash or TokenKind.Modulo => 100,
        TokenKind.Plus or TokenKind.Minus => 90,
        TokenKind.LessThan or TokenKind.LessThanOrEqual or TokenKind.GreaterThan or TokenKind.GreaterThanOrEqual => 80,
        TokenKind.Equals or TokenKind.NotEquals or TokenKind.EqualsInsensitive or TokenKind.NotEqualsInsensitive => 70,
        TokenKind.LogicalAnd => 50,
        TokenKind.LogicalOr => 40,
        TokenKind.DoubleQuestion => 30,
        _ => -1,
    };

    /// <summary>Precedence climbing: operators of equal precedence associate to the left.</summary>
    private SyntaxElement BinaryExpression(ExpressionFlags flags, int minimumPrecedence)
    {
        var current = UnaryExpression(flags);
        var links = 0;
        while (Precedence(Current.Kind) is var precedence && precedence > minimumPrecedence)
        {
            current = new BinaryOperationSyntax(current, Read(), RightOperand(flags, precedence));
            ExtendChain(ref links);
        }

        chainDepth -= links;
        return current;
    }

    // Apart from its caller, whose every expression would otherwise allocate the closure this lambda needs.
    private SyntaxElement RightOperand(ExpressionFlags flags, int precedence) =>
        WithRecovery(() => BinaryExpression(flags, precedence), RecoveryFlags.None, Terminators.Closers);

    private SyntaxElement UnaryExpression(ExpressionFlags flags)
    {
        if (Current.Kind is not (TokenKind.Exclamation or TokenKind.Minus))
        {
            return MemberExpression(flags);
        }

        return new UnaryOperationSyntax(Read(), Operand(flags));
    }

    private SyntaxElement Operand(ExpressionFlags flags) =>
        WithRecovery(() => MemberExpression(flags), RecoveryFlags.None, Terminators.Closers);

    /// <summary>Postfix chains: <c>.name</c>, <c>.?name</c>, <c>.f(…)</c>, <c>[i]</c>, <c>[?i]</c>, <c>[^i]</c>, <c>::child</c>, <c>!</c>.</summary>
    private SyntaxElement MemberExpression(ExpressionFlags flags)
    {
        var current = PrimaryExpression(flags);
        var links = 0;
        while (true)
        {
            switch (Current.Kind)
            {
                case TokenKind.LeftSquare:
                    current = IndexAccess(current, flags);
                    break;
                case TokenKind.Dot:
                    var dot = Read();
                    var safe = Check(TokenKind.Question) ? Read() : null;
                    var name = IdentifierOrSkip("a property or function name");
                    if (!Check(TokenKind.LeftParen))
                    {
                        current = new PropertyAccessSyntax(current, dot, safe, name);
                    }
                    else if (safe is null)
                    {
                        current = InstanceFunctionCall(current, dot, name, flags);
                    }
                    else
                    {
                        // '.?' before a call is an error; the marker and name become one skipped name.
                        var error = ParserDiagnostics.SafeAccessCall(At(TextSpan.Between(safe.Span, name.Span)));
                        var skippedName = new IdentifierSyntax(Skipped([safe, name], error, safe.Span.Start));
                        current = InstanceFunctionCall(current, dot, skippedName, flags);
                    }

                    break;
                case TokenKind.DoubleColon:
                    current = new ResourceAccessSyntax(current, Read(), IdentifierOrSkip("the name of a nested resource"));
                    break;
                case TokenKind.Exclamation:
                    current = new NonNullAssertionSyntax(current, Read());
                    break;
                default:
                    chainDepth -= links;
                    return current;
            }

            ExtendChain(ref links);
        }
    }

    private ArrayAccessSyntax IndexAccess(SyntaxElement baseExpression, ExpressionFlags flags)
    {
        var open = Read();
        var safe = Check(TokenKind.Question) ? Read() : null;
        var fromEnd = Check(TokenKind.Hat) ? Read() : null;
        var index = Check(TokenKind.RightSquare) ? SkipEmpty(ParserDiagnostics.EmptyIndex(At(TextSpan.Between(open.Span, Current.Span)))) : Expression(flags);
        var close = Expect(TokenKind.RightSquare, "']'");
        return new ArrayAccessSyntax(baseExpression, open, safe, fromEnd, index, close);
    }

    private SyntaxElement PrimaryExpression(ExpressionFlags flags)
    {
        if (Literal() is { } literal)
        {
            return literal;
        }

        var current = Current;
        switch (current.Kind)
        {
            case TokenKind.LeftBrace or TokenKind.LeftSquare when (flags & ExpressionFlags.AllowComplexLiterals) == 0:
                throw Expected(ParserDiagnostics.ComplexLiteralNotAllowed(FoundAt(current)));
            case TokenKind.LeftBrace:
                return Object(flags);
            case TokenKind.LeftSquare:
                return PeekPastNewLines(1).IsKeyword("for") ? ForExpression(flags, isDeclarationBody: false) : Array();
            case TokenKind.LeftParen:
                return ParenthesizedExpressionOrLambda(flags);
            case TokenKind.Identifier:
                return FunctionCallOrVariableAccess(flags);
            default:
                throw Expected(ParserDiagnostics.ExpectedExpression(FoundAt(current), Describe(current)));
        }
    }

    /// <summary>A number, true, false, null or a string, which are both expressions and types; null for anything else.</summary>
    private SyntaxElement? Literal() => Current.Kind switch
    {
        TokenKind.Integer => IntegerLiteral(),
        TokenKind.TrueKeyword or TokenKind.FalseKeyword => new BooleanLiteralSyntax(Read()),
        TokenKind.NullKeyword => new NullLiteralSyntax(Read()),
        TokenKind.StringComplete or TokenKind.StringLeftPiece => InterpolableString(),
        _ => null,
    };

    private IntegerLiteralSyntax IntegerLiteral()
    {
        var literal = Read();
        return ulong.TryParse(literal.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? new IntegerLiteralSyntax(literal, value)
            : throw Expected(ParserDiagnostics.IntegerTooLarge(At(literal.Span), literal.Text));
    }

    private SyntaxElement FunctionCallOrVariableAccess(ExpressionFlags flags)
    {
        var name = new IdentifierSyntax(Read());
        if (Check(TokenKind.LeftParen))
        {
            return FunctionCall(name, flags);
        }

        if (Check(TokenKind.Arrow))
        {
            return Lambda(new LocalVariableSyntax(name));
        }

        return new VariableAccessSyntax(name);
    }

    private FunctionCallSyntax FunctionCall(IdentifierSyntax name, ExpressionFlags flags)
    {
        var (open, items, close) = CallArguments(flags);
        return new FunctionCallSyntax(name, open, items, close);
    }

    private InstanceFunctionCallSyntax InstanceFunctionCall(SyntaxElement baseExpression, Token dot, IdentifierSyntax name, ExpressionFlags flags)
    {
        var (open, items, close) = CallArguments(flags);
        return new InstanceFunctionCallSyntax(baseExpression, dot, name, open, items, close);
    }

    /// <summary>A lambda body after <c>=&gt;</c>; it may start on the next line unless that line is a declaration.</summary>
    private LambdaSyntax Lambda(SyntaxElement variables)
    {
        var arrow = Read();
        var newLines = IsDeclarationKeyword(PeekPastNewLines()) ? [] : NewLines();
        var body = WithRecovery(complexExpression, RecoveryFlags.None, Terminators.LambdaBody);
        return new LambdaSyntax(variables, arrow, newLines, body);
    }

    private static bool IsDeclarationKeyword(Token token) => token.Kind == TokenKind.Identifier && DeclarationKeywords.Contains(token.Text);

    private SyntaxElement ParenthesizedExpressionOrLambda(ExpressionFlags flags)
    {
        var (open, items, close) = ParenthesizedList(expressions[(int)flags], permitNewLines: true);
        if (Check(TokenKind.Arrow))
        {
            return Lambda(new VariableBlockSyntax(open, LocalVariables(items), close));
        }

        return new ParenthesizedExpressionSyntax(open, SingleItem(open, items), close);
    }

    private ObjectSyntax Object(ExpressionFlags flags)
    {
        var open = Expect(TokenKind.LeftBrace, "'{'");
        var items = DelimitedItems(TokenKind.RightBrace, objectItems[(int)flags], commasOnly: false, allowNestedResources: (flags & ExpressionFlags.AllowResourceDeclarations) != 0);
        return new ObjectSyntax(open, items, Close(TokenKind.RightBrace, "'}'"));
    }

    private SyntaxElement ObjectItem(ExpressionFlags flags)
    {
        // In a resource body, a decorator or 'resource <name>' starts a nested resource, not a property.
        if ((flags & ExpressionFlags.AllowResourceDeclarations) != 0
            && (Check(TokenKind.At) || (CheckKeyword("resource") && PeekAhead(1).Kind == TokenKind.Identifier)))
        {
            return Declaration("resource");
        }

        if (Check(TokenKind.Ellipsis))
        {
            return Spread(Terminators.ObjectItem | TokenSet.Of(TokenKind.Comma));
        }

        var key = WithRecovery(propertyKey, RecoveryFlags.None, TokenSet.Of(TokenKind.Colon, TokenKind.NewLine, TokenKind.RightBrace));
        var colon = WithRecovery(expectColon, SuppressAfter(key), Terminators.ObjectItem);
        var value = WithRecovery(complexExpression, SuppressAfter(colon), Terminators.ObjectItem);
        return new ObjectPropertySyntax(key, colon, value);
    }

    private SyntaxElement PropertyKey() => Current.Kind switch
    {
        TokenKind.Identifier => new IdentifierSyntax(Read()),
        TokenKind.StringComplete or TokenKind.StringLeftPiece => ThrowIfSkipped(InterpolableString, ExpectedPropertyName),
        _ => throw Expected(ExpectedPropertyName(Current)),
    };

    private Diagnostic ExpectedPropertyName(Token found) =>
        ParserDiagnostics.ExpectedName(FoundAt(found), "a property name", Describe(found));

    private ArraySyntax Array()
    {
        var open = Read();
        var items = DelimitedItems(TokenKind.RightSquare, arrayItem, commasOnly: false);
        return new ArraySyntax(open, items, Close(TokenKind.RightSquare, "']'"));
    }

    private SyntaxElement ArrayItem() => WithRecovery(arrayItemBody, RecoveryFlags.None, Terminators.ArrayItem);

    private SyntaxElement ArrayItemBody() => Check(TokenKind.Ellipsis)
        ? Spread(Terminators.ArrayItem | TokenSet.Of(TokenKind.Comma))
        : new ArrayItemSyntax(Expression(ExpressionFlags.AllowComplexLiterals));

    private SpreadSyntax Spread(TokenSet terminators)
    {
        var ellipsis = Read();
        var expression = WithRecovery(complexExpression, RecoveryFlags.None, terminators);
        return new SpreadSyntax(ellipsis, expression);
    }

    /// <summary><c>[for x in source: body]</c> or <c>[for (x, i) in source: body]</c>; in a resource body the body is an object or an if.</summary>
    private ForSyntax ForExpression(ExpressionFlags flags, bool isDeclarationBody)
    {
        var open = Read();
        var openNewLines = NewLines();
        var forKeyword = ExpectKeyword("for", "'for' to start a loop");
        SyntaxElement variables = Current.Kind switch
        {
            TokenKind.Identifier => new LocalVariableSyntax(new IdentifierSyntax(Read())),
            TokenKind.LeftParen => LoopVariableBlock(),
            _ => SkipEmpty(ParserDiagnostics.ExpectedName(FoundAt(Current), "a loop variable name or '(item, index)'", Describe(Current))),
        };

        var closeOrNewLine = TokenSet.Of(TokenKind.RightSquare, TokenKind.NewLine);
        var variablesFailed = variables is SkippedSyntax || (variables is VariableBlockSyntax block && block.Items.Any(item => item is SkippedSyntax));
        var inKeyword = WithRecovery(() => ExpectKeyword("in"), variablesFailed ? RecoveryFlags.SuppressDiagnostics : RecoveryFlags.None, closeOrNewLine);
        var source = WithRecovery(complexExpression, SuppressAfter(inKeyword), closeOrNewLine | TokenSet.Of(TokenKind.Colon));
        var colon = WithRecovery(expectColon, SuppressAfter(source), closeOrNewLine);
        var body = WithRecovery(() => LoopBody(flags, isDeclarationBody), SuppressAfter(colon), closeOrNewLine);
        var closeNewLines = body is SkippedSyntax ? [] : NewLines();
        var close = WithRecovery(() => Expect(TokenKind.RightSquare, "']'"), SuppressAfter(body), closeOrNewLine);
        return new ForSyntax(open, openNewLines, forKeyword, variables, inKeyword, source, colon, body, closeNewLines, close);
    }

    private SyntaxElement LoopVariableBlock()
    {
        var (open, items, close) = ParenthesizedList(expressions[(int)ExpressionFlags.None], permitNewLines: false);
        var block = new VariableBlockSyntax(open, LocalVariables(items), close);
        var count = items.Count(item => item is not Token);
        return count == 2 || block.Items.Any(item => item is SkippedSyntax)
            ? block
            : Skipped([block], ParserDiagnostics.LoopVariablesNeedTwo(At(block.Span), count), block.Span.Start);
    }

    private SyntaxElement LoopBody(ExpressionFlags flags, bool isDeclarationBody)
    {
        if (!isDeclarationBody)
        {
            return Expression(flags | ExpressionFlags.AllowComplexLiterals);
        }

        return Current switch
        {
            { Kind: TokenKind.LeftBrace } => Object(flags),
            var token when token.IsKeyword("if") => IfCondition(flags, insideLoop: true),
            var token => throw Expected(ParserDiagnostics.ExpectedBody(FoundAt(token), "'{' or 'if' to start the loop body", Describe(token))),
        };
    }

    private IfConditionSyntax IfCondition(ExpressionFlags flags, bool insideLoop)
    {
        var keyword = Read();
        var conditionEnd = insideLoop ? TokenSet.Of(TokenKind.RightSquare, TokenKind.LeftBrace, TokenKind.NewLine) : TokenSet.Of(TokenKind.LeftBrace, TokenKind.NewLine);
        var condition = WithRecovery(() => Parenthesized(flags & ~ExpressionFlags.AllowResourceDeclarations), RecoveryFlags.None, conditionEnd);
        var closed = condition is ParenthesizedExpressionSyntax { CloseParen: Token };
        var body = WithRecovery(
            () => Object(flags),
            closed ? SuppressAfter(condition) : RecoveryFlags.SuppressDiagnostics,
            insideLoop ? TokenSet.Of(TokenKind.RightSquare, TokenKind.NewLine) : Terminators.NewLine);
        return new IfConditionSyntax(keyword, condition, body);
    }

    private ParenthesizedExpressionSyntax Parenthesized(ExpressionFlags flags)
    {
        if (!Check(TokenKind.LeftParen))
        {
            throw Expected(ParserDiagnostics.ExpectedToken(FoundAt(Current), "'(' and a condition", Describe(Current)));
        }

        var (open, items, close) = ParenthesizedList(expressions[(int)flags], permitNewLines: true);
        return new ParenthesizedExpressionSyntax(open, SingleItem(open, items), close);
    }
}
