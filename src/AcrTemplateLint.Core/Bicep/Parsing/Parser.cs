using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>
/// A hand-written recursive-descent parser over the token list, one instance per file. Line breaks are tokens:
/// they end statements and separate items. A failed sub-parse throws <see cref="ExpectedTokenException"/> to the
/// nearest <see cref="WithRecovery"/>, which skips to a synchronising token and returns a <see cref="SkippedSyntax"/>
/// holding the skipped tokens and the diagnostic; nothing escapes <see cref="BicepParser"/>.
/// </summary>
internal sealed partial class Parser
{
    private readonly SourceFile file;
    private readonly ImmutableArray<Token> tokens;
    private readonly bool isParameterFile;
    private int position;

    // Sub-parses that recovery wraps at every property, item and operand, made once per parser: a lambda that uses
    // the parser is otherwise a new delegate at each use.
    private readonly Func<SyntaxElement> complexExpression;
    private readonly Func<SyntaxElement> expectColon;
    private readonly Func<SyntaxElement> propertyKey;
    private readonly Func<SyntaxElement> arrayItem;
    private readonly Func<SyntaxElement> arrayItemBody;

    // Indexed by ExpressionFlags (every combination of its two bits): an expression, and an object item with its recovery.
    private readonly Func<SyntaxElement>[] expressions;
    private readonly Func<SyntaxElement>[] objectItems;

    private Parser(SourceFile file, ImmutableArray<Token> tokens, bool isParameterFile)
    {
        this.file = file;
        this.tokens = tokens;
        this.isParameterFile = isParameterFile;
        expectColon = () => Expect(TokenKind.Colon, "':'");
        propertyKey = PropertyKey;
        arrayItem = ArrayItem;
        arrayItemBody = ArrayItemBody;
        expressions = new Func<SyntaxElement>[4];
        objectItems = new Func<SyntaxElement>[4];
        for (var i = 0; i < expressions.Length; i++)
        {
            var flags = (ExpressionFlags)i;
            Func<SyntaxElement> objectItem = () => ObjectItem(flags);
            expressions[i] = () => Expression(flags);
            objectItems[i] = () => WithRecovery(objectItem, RecoveryFlags.None, Terminators.ObjectItem);
        }

        complexExpression = expressions[(int)ExpressionFlags.AllowComplexLiterals];
    }

    /// <summary>
    /// Parses a token list that ends with <see cref="TokenKind.EndOfFile"/>, as the lexer produces, and adds the parse
    /// errors left in the tree to <paramref name="diagnostics"/>.
    /// </summary>
    public static ProgramSyntax Parse(SourceFile file, ImmutableArray<Token> tokens, bool isParameterFile, DiagnosticBag diagnostics)
    {
        var parser = new Parser(file, tokens, isParameterFile);
        var program = parser.Program();
        if (parser.reportedErrors)
        {
            // Errors inside parts that a later recovery discarded are gone with them: only the tree counts.
            new ErrorCollector(diagnostics).Visit(program);
        }

        return program;
    }

    private Token Current => tokens[position];

    private bool AtEnd => Current.Kind == TokenKind.EndOfFile;

    private ProgramSyntax Program()
    {
        var statements = ImmutableArray.CreateBuilder<SyntaxElement>();
        while (!AtEnd)
        {
            var start = position;
            var statement = TopLevelStatement();
            statements.Add(statement);
            if (statement is StatementSyntax and not MissingDeclarationSyntax && !AtEnd)
            {
                // A declaration ends at a line break; anything else up to the line break is skipped with it.
                statements.Add(WithRecovery(() => Expect(TokenKind.NewLine, "a new line after the declaration"), RecoveryFlags.ConsumeTerminator, Terminators.NewLine));
            }

            if (position == start)
            {
                // Cannot happen by construction; guarantees termination anyway.
                statements.Add(SkipCurrent(ParserDiagnostics.ExpectedDeclaration(FoundAt(Current), Describe(Current), isParameterFile)));
            }
        }

        return new ProgramSyntax(statements.ToImmutable(), Current);
    }

    private Token Read()
    {
        var token = Current;
        if (token.Kind != TokenKind.EndOfFile)
        {
            position++;
        }

        return token;
    }

    private Token PeekAhead(int offset) => tokens[Math.Min(position + offset, tokens.Length - 1)];

    /// <summary>The first token at or after <paramref name="offset"/> that is not a line break.</summary>
    private Token PeekPastNewLines(int offset = 0)
    {
        var index = Math.Min(position + offset, tokens.Length - 1);
        while (tokens[index].Kind == TokenKind.NewLine)
        {
            index++;
        }

        return tokens[index];
    }

    private bool Check(TokenKind kind) => Current.Kind == kind;

    private bool CheckKeyword(string keyword) => Current.IsKeyword(keyword);

    private Token Expect(TokenKind kind, string expected) =>
        Check(kind) ? Read() : throw Expected(ParserDiagnostics.ExpectedToken(FoundAt(Current), expected, Describe(Current)));

    private Token ExpectKeyword(string keyword, string? expected = null) =>
        CheckKeyword(keyword) ? Read() : throw Expected(ParserDiagnostics.ExpectedToken(FoundAt(Current), expected ?? $"the keyword '{keyword}'", Describe(Current)));

    private ImmutableArray<Token> NewLines()
    {
        if (!Check(TokenKind.NewLine))
        {
            return [];
        }

        // The run of new lines is a slice of the token list: no builder for the usual single line break.
        var start = position;
        while (Check(TokenKind.NewLine))
        {
            Read();
        }

        return tokens.Slice(start, position - start);
    }

    private IdentifierSyntax Identifier(string what) =>
        Check(TokenKind.Identifier)
            ? new IdentifierSyntax(Read())
            : throw Expected(ParserDiagnostics.ExpectedName(FoundAt(Current), what, Describe(Current)));

    /// <summary>A name, or an empty skipped node (with a diagnostic) standing in for it; never throws.</summary>
    private IdentifierSyntax IdentifierOrSkip(string what) =>
        Check(TokenKind.Identifier)
            ? new IdentifierSyntax(Read())
            : new IdentifierSyntax(SkipEmpty(ParserDiagnostics.ExpectedName(FoundAt(Current), what, Describe(Current))));

    /// <summary>A name; on failure, skips to a terminator and wraps the skipped tokens as the (invalid) name.</summary>
    private IdentifierSyntax IdentifierWithRecovery(string what, RecoveryFlags flags, TokenSet terminators) =>
        WithRecovery(() => Identifier(what), flags, terminators) switch
        {
            IdentifierSyntax identifier => identifier,
            var skipped => new IdentifierSyntax(skipped),
        };

    private SourceLocation At(TextSpan span) => new(file, span);

    /// <summary>Where a diagnostic about a found token points: the token, or just before a line break or the end.</summary>
    private SourceLocation FoundAt(Token token) =>
        At(token.Kind is TokenKind.NewLine or TokenKind.EndOfFile ? new TextSpan(token.Span.Start, 0) : token.Span);

    private static string Describe(Token token) => TokenFacts.Describe(token);

    private static bool IsString(Token token) => token.Kind is TokenKind.StringComplete or TokenKind.StringLeftPiece;

    /// <summary>Gathers the parse errors stored in the tree's skipped nodes.</summary>
    private sealed class ErrorCollector(DiagnosticBag diagnostics) : SyntaxWalker
    {
        protected override void VisitNode(SyntaxNode node)
        {
            if (node is SkippedSyntax { Diagnostic: { } diagnostic })
            {
                diagnostics.Add(diagnostic);
            }

            base.VisitNode(node);
        }
    }
}
