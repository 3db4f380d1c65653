using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A whole <c>.bicep</c> or <c>.bicepparam</c> file: its statements, the line breaks between them, and end of file.</summary>
public sealed class ProgramSyntax(ImmutableArray<SyntaxElement> statements, Token endOfFile) : SyntaxNode
{
    /// <summary>Declarations, <see cref="TokenKind.NewLine"/> tokens and skipped text, in source order.</summary>
    public ImmutableArray<SyntaxElement> Statements { get; } = statements;

    /// <summary>The final token; its leading trivia holds the comments and whitespace after the last statement.</summary>
    public Token EndOfFile { get; } = endOfFile;

    public IEnumerable<StatementSyntax> Declarations => Statements.OfType<StatementSyntax>();

    public override IEnumerable<SyntaxElement> Children => [.. Statements, EndOfFile];
}
