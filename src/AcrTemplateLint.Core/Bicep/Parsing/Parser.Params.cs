using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>Declarations of <c>.bicepparam</c> files: using, extends, parameter assignments, extensionConfig.</summary>
internal sealed partial class Parser
{
    /// <summary>A declaration allowed in a parameter file, or null when the keyword is not one.</summary>
    private StatementSyntax? ParameterFileDeclaration(ImmutableArray<SyntaxElement> leading) => Current.Text switch
    {
        "using" => UsingDeclaration(leading),
        "extends" => ExtendsDeclaration(leading),
        "param" => ParameterAssignment(leading),
        "var" => VariableDeclaration(leading),
        "type" => TypeDeclaration(leading),
        "import" => CompileTimeImport(leading, Read()),
        "extension" => ExtensionDeclaration(leading, Read()),
        "extensionConfig" => ExtensionConfigAssignment(leading),
        _ => null,
    };

    /// <summary><c>using 'main.bicep' [with { … }]</c> or <c>using none</c>.</summary>
    private UsingDeclarationSyntax UsingDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        SyntaxElement path = Current switch
        {
            { Kind: TokenKind.Identifier } => ExpectKeyword("none", "a file path or 'none'"),
            { Kind: TokenKind.StringComplete or TokenKind.StringLeftPiece } => WithRecovery(
                () => ThrowIfSkipped(InterpolableString, found => ExpectedString("the path of the Bicep file these parameters are for", found)),
                RecoveryFlags.None,
                Terminators.NewLine),
            var token => SkipEmpty(ExpectedString("the path of the Bicep file these parameters are for", token)),
        };

        var with = Current.Kind is TokenKind.NewLine or TokenKind.EndOfFile
            ? null
            : WithRecovery(() => WithClause("'with' or a new line"), SuppressAfter(path), Terminators.NewLine);
        return new UsingDeclarationSyntax(leading, keyword, path, with);
    }

    private ExtendsDeclarationSyntax ExtendsDeclaration(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var path = WithRecovery(
            () => ThrowIfSkipped(InterpolableString, found => ExpectedString("the path of the parameter file to extend", found)),
            RecoveryFlags.None,
            Terminators.NewLine);
        return new ExtendsDeclarationSyntax(leading, keyword, path);
    }

    private ParameterAssignmentSyntax ParameterAssignment(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("a parameter name", RecoveryFlags.None, TokenSet.Of(TokenKind.Identifier, TokenKind.NewLine));
        var (assignment, value) = AssignedValue(name);
        return new ParameterAssignmentSyntax(leading, keyword, name, assignment, value);
    }

    private ExtensionConfigAssignmentSyntax ExtensionConfigAssignment(ImmutableArray<SyntaxElement> leading)
    {
        var keyword = Read();
        var name = IdentifierWithRecovery("the alias of an extension", RecoveryFlags.None, TokenSet.Of(TokenKind.Identifier, TokenKind.NewLine));
        var with = WithRecovery(() => WithClause("'with' and the configuration object"), SuppressAfter(name), Terminators.NewLine);
        return new ExtensionConfigAssignmentSyntax(leading, keyword, name, with);
    }
}
