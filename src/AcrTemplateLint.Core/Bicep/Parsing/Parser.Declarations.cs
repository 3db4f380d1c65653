using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>Declarations of <c>.bicep</c> files, decorators, and the import/extension clauses shared with <c>.bicepparam</c>.</summary>
internal sealed partial class Parser
{
    private static readonly TokenSet NameOrNewLine = TokenSet.Of(TokenKind.Identifier, TokenKind.NewLine);
    private static readonly TokenSet AssignmentOrNewLine = TokenSet.Of(TokenKind.Assignment, TokenKind.NewLine);
    private static readonly TokenSet StringOrNewLine = TokenSet.Of(TokenKind.StringComplete, TokenKind.StringLeftPiece, TokenKind.NewLine);
    private static readonly TokenSet BodyOrNewLine = TokenSet.Of(TokenKind.LeftBrace, TokenKind.NewLine);
    private static readonly TokenSet ParameterTypeEnd = TokenSet.Of(TokenKind.Assignment, TokenKind.LeftBrace, TokenKind.NewLine);

    /// <summary>
    /// One statement (or a line break). <paramref name="onlyKeyword"/> restricts it to one kind, as for a resource
    /// nested in a resource body.
    /// </summary>
    private SyntaxElement Declaration(string? onlyKeyword) => WithRecovery<SyntaxElement>(
        () =>
        {
            var leading = LeadingDecorators();
            var current = Current;
            if (current.Kind == TokenKind.Identifier && (onlyKeyword is null || current.Text == onlyKeyword)
                && (isParameterFile ? ParameterFileDeclaration(leading) : BicepDeclaration(leading)) is { } declaration)
            {
                return declaration;
            }

            if (current.Kind == TokenKind.NewLine && leading.IsEmpty)
            {
                return Read();
            }

            if (!leading.IsEmpty)
            {
                return MissingDeclaration(leading);
            }

            throw Expected(ParserDiagnostics.ExpectedDeclaration(FoundAt(current), Describe(current), isParameterFile));
        },
        RecoveryFlags.None,
        Terminators.NewLine);

    private StatementSyntax? BicepDeclaration(ImmutableArray<SyntaxElement> leading) => Current.Text switch
    {
        "targetScope" => TargetScope(leading),
        "metadata" => MetadataDeclaration(leading),
        "param" => ParameterDeclaration(leading),
        "var" => VariableDeclaration(leading),
        "type" => TypeDeclaration(leading),
        "func" => FunctionDeclaration(leading),
        "resource" => ResourceDeclaration(leading),
        "module" => ModuleDeclaration(leading),
        "output" => OutputDeclaration(leading),
        "test" => TestDeclaration(leading),
        "assert" => AssertDeclaration(leading),
        "import" => ImportDeclaration(leading),
        "extension" => ExtensionDeclaration(leading, Read()),
        _ => null,
    };

    /// <summary>Decorators with nothing after them: reported on the decorators, which stay in the tree.</summary>
    private MissingDeclarationSyntax MissingDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var decorators = leading.OfType<DecoratorSyntax>().ToList();
        var span = decorators.Count == 0 ? Current.Span : TextSpan.Between(decorators[0].Span, decorators[^1].Span);
        var error = ParserDiagnostics.DecoratorWithoutDeclaration(At(span), Describe(Current));
        return new MissingDeclarationSyntax(leading.Add(SkipEmpty(error)));
    }

    /// <summary>Decorators, each followed by a line break (and any blank lines).</summary>
    private ImmutableArray<SyntaxElement> LeadingDecorators()
    {
        if (!Check(TokenKind.At))
        {
            return [];
        }

        var start = listItems.Count;
        while (Check(TokenKind.At))
        {
            listItems.Add(Decorator());
            listItems.Add(WithRecovery(() => Expect(TokenKind.NewLine, "a new line after the decorator"), RecoveryFlags.ConsumeTerminator, Terminators.NewLine));
            AddItems(NewLines());
        }

        return TakeItems(start);
    }

    /// <summary><c>@name</c>, <c>@name(args)</c>, <c>@ns.name(args)</c>.</summary>
    private DecoratorSyntax Decorator()
    {
        var at = Read();
        var expression = WithRecovery(
            () =>
            {
                var name = Identifier("a decorator name");
                SyntaxElement current = Check(TokenKind.LeftParen) ? FunctionCall(name, ExpressionFlags.AllowComplexLiterals) : new VariableAccessSyntax(name);
                while (Check(TokenKind.Dot))
                {
                    var dot = Read();
                    var member = IdentifierOrSkip("a decorator or property name");
                    current = Check(TokenKind.LeftParen)
                        ? InstanceFunctionCall(current, dot, member, ExpressionFlags.AllowComplexLiterals)
                        : new PropertyAccessSyntax(current, dot, null, member);
                }

                return current;
            },
            RecoveryFlags.None,
            Terminators.NewLine);

        return new DecoratorSyntax(at, expression);
    }

    private TargetScopeSyntax TargetScope(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var assignment = WithRecovery(Assignment, RecoveryFlags.None, Terminators.NewLine);
        var value = WithRecovery(complexExpression, SuppressAfter(assignment), Terminators.NewLine);
        return new TargetScopeSyntax(leading, keyword, assignment, value);
    }

    private MetadataDeclarationSyntax MetadataDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("a metadata name", RecoveryFlags.None, AssignmentOrNewLine);
        var (assignment, value) = AssignedValue(name);
        return new MetadataDeclarationSyntax(leading, keyword, name, assignment, value);
    }

    private ParameterDeclarationSyntax ParameterDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("a parameter name", RecoveryFlags.None, NameOrNewLine);
        var type = WithRecovery(() => Type(allowOptionalResourceType: false), SuppressAfter(name), ParameterTypeEnd);
        var modifier = Current.Kind is TokenKind.NewLine or TokenKind.EndOfFile
            ? null
            : WithRecovery(
                () => Check(TokenKind.Assignment)
                    ? DefaultValue()
                    : throw Expected(ParserDiagnostics.ExpectedToken(FoundAt(Current), "'=' and a default value, or a new line", Describe(Current))),
                SuppressAfter(type),
                Terminators.NewLine);

        return new ParameterDeclarationSyntax(leading, keyword, name, type, modifier);
    }

    private ParameterDefaultValueSyntax DefaultValue()
    {
        var assignment = Read();
        var value = WithRecovery(complexExpression, RecoveryFlags.None, Terminators.NewLine);
        return new ParameterDefaultValueSyntax(assignment, value);
    }

    private VariableDeclarationSyntax VariableDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("a variable name", RecoveryFlags.None, NameOrNewLine);
        var type = Current.Kind is TokenKind.EndOfFile or TokenKind.NewLine or TokenKind.Assignment
            ? null
            : WithRecovery(() => Type(allowOptionalResourceType: false), SuppressAfter(name), AssignmentOrNewLine);
        var assignment = WithRecovery(Assignment, SuppressAfter(type ?? name), Terminators.NewLine);
        var value = WithRecovery(complexExpression, SuppressAfter(assignment), Terminators.NewLine);
        return new VariableDeclarationSyntax(leading, keyword, name, type, assignment, value);
    }

    private TypeDeclarationSyntax TypeDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("a type name", RecoveryFlags.None, AssignmentOrNewLine);
        var assignment = WithRecovery(Assignment, SuppressAfter(name), Terminators.NewLine);
        var value = WithRecovery(() => Type(allowOptionalResourceType: false), SuppressAfter(assignment), ParameterTypeEnd);
        return new TypeDeclarationSyntax(leading, keyword, name, assignment, value);
    }

    private FunctionDeclarationSyntax FunctionDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("a function name", RecoveryFlags.None, AssignmentOrNewLine);
        var lambda = WithRecovery(TypedLambda, SuppressAfter(name), Terminators.NewLine);
        return new FunctionDeclarationSyntax(leading, keyword, name, lambda);
    }

    private OutputDeclarationSyntax OutputDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("an output name", RecoveryFlags.None, NameOrNewLine);
        var type = WithRecovery(() => Type(allowOptionalResourceType: true), SuppressAfter(name), AssignmentOrNewLine);
        var assignment = WithRecovery(Assignment, SuppressAfter(type), Terminators.NewLine);
        var value = WithRecovery(complexExpression, SuppressAfter(assignment), Terminators.NewLine);
        return new OutputDeclarationSyntax(leading, keyword, name, type, assignment, value);
    }

    private ResourceDeclarationSyntax ResourceDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("a resource name", RecoveryFlags.None, StringOrNewLine);
        var type = WithRecovery(
            () => ThrowIfSkipped(InterpolableString, found => ExpectedString("a resource type such as 'Microsoft.ContainerRegistry/registries@2023-07-01'", found)),
            SuppressAfter(name),
            AssignmentOrNewLine);
        var existing = CheckKeyword("existing") ? Read() : null;
        var assignment = WithRecovery(Assignment, SuppressAfter(type), BodyOrNewLine);
        var newLines = assignment is Token && PeekPastNewLines().IsKeyword("if") ? NewLines() : [];
        var value = WithRecovery(
            () => DeclarationBody(ExpressionFlags.AllowComplexLiterals | ExpressionFlags.AllowResourceDeclarations),
            SuppressAfter(assignment),
            Terminators.NewLine);

        return new ResourceDeclarationSyntax(leading, keyword, name, type, existing, assignment, newLines, value);
    }

    private ModuleDeclarationSyntax ModuleDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("a module name", RecoveryFlags.None, StringOrNewLine);
        var path = WithRecovery(
            () => ThrowIfSkipped(InterpolableString, found => ExpectedString("a module path or registry reference", found)),
            SuppressAfter(name),
            AssignmentOrNewLine);
        var assignment = WithRecovery(Assignment, SuppressAfter(path), BodyOrNewLine);
        var newLines = assignment is Token && PeekPastNewLines().IsKeyword("if") ? NewLines() : [];
        var value = WithRecovery(() => DeclarationBody(ExpressionFlags.AllowComplexLiterals), SuppressAfter(assignment), Terminators.NewLine);
        return new ModuleDeclarationSyntax(leading, keyword, name, path, assignment, newLines, value);
    }

    /// <summary>The body of a resource or module: an object, <c>if (…) { … }</c>, or <c>[for … : …]</c>.</summary>
    private SyntaxElement DeclarationBody(ExpressionFlags flags)
    {
        // Counted as a nesting level: resources nested in resource bodies recurse through here, not through Expression.
        EnterNesting();
        SyntaxElement body = Current switch
        {
            { Kind: TokenKind.LeftBrace } => Object(flags),
            { Kind: TokenKind.LeftSquare } => ForExpression(flags, isDeclarationBody: true),
            var token when token.IsKeyword("if") => IfCondition(flags, insideLoop: false),
            var token => throw Expected(ParserDiagnostics.ExpectedBody(FoundAt(token), "'{', 'if' or '[for' to start the body", Describe(token))),
        };
        ExitNesting();
        return body;
    }

    private TestDeclarationSyntax TestDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("a test name", RecoveryFlags.None, StringOrNewLine);
        var path = WithRecovery(
            () => ThrowIfSkipped(InterpolableString, found => ExpectedString("the path of the file to test", found)),
            SuppressAfter(name),
            AssignmentOrNewLine);
        var assignment = WithRecovery(Assignment, SuppressAfter(path), BodyOrNewLine);
        var value = WithRecovery(
            () => Check(TokenKind.LeftBrace) ? Object(ExpressionFlags.AllowComplexLiterals) : throw Expected(ParserDiagnostics.ExpectedToken(FoundAt(Current), "'{'", Describe(Current))),
            SuppressAfter(assignment),
            Terminators.NewLine);

        return new TestDeclarationSyntax(leading, keyword, name, path, assignment, value);
    }

    private AssertDeclarationSyntax AssertDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("an assertion name", RecoveryFlags.None, AssignmentOrNewLine);
        var (assignment, value) = AssignedValue(name);
        return new AssertDeclarationSyntax(leading, keyword, name, assignment, value);
    }

    /// <summary><c>import</c>: a compile-time import, or (followed by a string) the legacy spelling of <c>extension</c>.</summary>
    private StatementSyntax ImportDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        return IsString(Current) ? ExtensionDeclaration(leading, keyword) : CompileTimeImport(leading, keyword);
    }

    private ImportDeclarationSyntax CompileTimeImport(ImmutableArray<SyntaxElement> leading, Token keyword)
    {
        SyntaxElement target = Current.Kind switch
        {
            TokenKind.LeftBrace => ImportedSymbolsList(),
            TokenKind.Asterisk => WithRecovery(WildcardImport, RecoveryFlags.None, Terminators.NewLine),
            TokenKind.EndOfFile or TokenKind.NewLine or TokenKind.Identifier => SkipEmpty(ExpectedImportTarget()),
            _ => SkipCurrent(ExpectedImportTarget()),
        };

        var from = WithRecovery(FromClause, SuppressAfter(target), Terminators.NewLine);
        return new ImportDeclarationSyntax(leading, keyword, target, from);
    }

    private Diagnostic ExpectedImportTarget() =>
        ParserDiagnostics.ExpectedToken(FoundAt(Current), "'{' with the names to import, or '* as name'", Describe(Current));

    private ImportedSymbolsListSyntax ImportedSymbolsList()
    {
        var open = Read();
        var items = DelimitedItems(TokenKind.RightBrace, ImportedSymbol, commasOnly: false);
        var close = Expect(TokenKind.RightBrace, "'}'");
        return new ImportedSymbolsListSyntax(open, items, close);
    }

    private SyntaxElement ImportedSymbol()
    {
        SyntaxElement name = Current.Kind switch
        {
            TokenKind.Identifier => new IdentifierSyntax(Read()),
            TokenKind.StringComplete => InterpolableString(),
            TokenKind.StringLeftPiece => InterpolatedImportName(),
            _ => SkipCurrent(ParserDiagnostics.ExpectedName(FoundAt(Current), "the name of a symbol to import", Describe(Current))),
        };

        var alias = CheckKeyword("as") ? AliasClause("a name for the imported symbol", TokenSet.Of(TokenKind.Comma, TokenKind.NewLine)) : null;
        if (name is StringSyntax && alias is null)
        {
            return Skipped([name], ParserDiagnostics.ImportRequiresAlias(At(name.Span)), name.Span.Start);
        }

        return new ImportedSymbolSyntax(name, alias);
    }

    private SkippedSyntax InterpolatedImportName()
    {
        var start = Current.Span.Start;
        var name = InterpolableString();
        return Skipped([name], ParserDiagnostics.InterpolatedImportName(At(name.Span)), start);
    }

    private WildcardImportSyntax WildcardImport()
    {
        var asterisk = Read();
        var keyword = ExpectKeyword("as", "'as' and a namespace name after '*'");
        var alias = Identifier("a namespace name");
        return new WildcardImportSyntax(asterisk, new AliasClauseSyntax(keyword, alias));
    }

    private AliasClauseSyntax AliasClause(string what, TokenSet terminators)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery(what, RecoveryFlags.None, terminators);
        return new AliasClauseSyntax(keyword, name);
    }

    private FromClauseSyntax FromClause()
    {
        var keyword = ExpectKeyword("from");
        var path = WithRecovery(
            () => ThrowIfSkipped(InterpolableString, found => ExpectedString("the path or registry reference to import from", found)),
            RecoveryFlags.None,
            Terminators.NewLine);
        return new FromClauseSyntax(keyword, path);
    }

    /// <summary><c>extension spec [with { … }] [as alias]</c>; the keyword has been read.</summary>
    private ExtensionDeclarationSyntax ExtensionDeclaration(ImmutableArray<SyntaxElement> leading, Token keyword)
    {
        var specification = Check(TokenKind.Identifier)
            ? new IdentifierSyntax(Read())
            : WithRecovery(
                () => ThrowIfSkipped(InterpolableString, found => ExpectedString("an extension name or reference", found)),
                RecoveryFlags.None,
                Terminators.NewLine);

        var with = Current.Kind is TokenKind.NewLine or TokenKind.EndOfFile || CheckKeyword("as")
            ? null
            : WithRecovery(() => WithClause("'with', 'as' or a new line"), SuppressAfter(specification), Terminators.NewLine);
        var alias = Current.Kind is TokenKind.NewLine or TokenKind.EndOfFile
            ? null
            : WithRecovery(
                () => CheckKeyword("as")
                    ? AliasClause("an alias for the extension", Terminators.NewLine)
                    : throw Expected(ParserDiagnostics.ExpectedToken(FoundAt(Current), "'as' or a new line", Describe(Current))),
                SuppressAfter(with ?? specification),
                Terminators.NewLine);

        return new ExtensionDeclarationSyntax(leading, keyword, specification, with, alias);
    }

    private WithClauseSyntax WithClause(string expected)
    {
        var keyword = ExpectKeyword("with", expected);
        var config = WithRecovery(() => Object(ExpressionFlags.AllowComplexLiterals), RecoveryFlags.None, Terminators.NewLine);
        return new WithClauseSyntax(keyword, config);
    }

    private Token Assignment() => Expect(TokenKind.Assignment, "'='");

    /// <summary><c>= value</c> after a name; each part is recovered separately, quietly after a missing name.</summary>
    private (SyntaxElement Assignment, SyntaxElement Value) AssignedValue(IdentifierSyntax name)
    {
        var assignment = WithRecovery(Assignment, SuppressAfter(name), Terminators.NewLine);
        var value = WithRecovery(complexExpression, SuppressAfter(assignment), Terminators.NewLine);
        return (assignment, value);
    }

    private Diagnostic ExpectedString(string what, Token found) =>
        ParserDiagnostics.ExpectedString(FoundAt(found), what, Describe(found));
}
