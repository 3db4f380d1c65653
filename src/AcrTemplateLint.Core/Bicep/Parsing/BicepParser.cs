using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>
/// The entry points of the Bicep front end: text in, a complete syntax tree out. Parsing never throws on any input;
/// problems become ATL10xx (lexer) and ATL11xx (parser) diagnostics, sorted by position, and error nodes in the tree.
/// </summary>
public static class BicepParser
{
    /// <summary>Parses a <c>.bicep</c> file.</summary>
    public static ProgramSyntax Parse(SourceFile file, DiagnosticBag diagnostics) => Parse(file, diagnostics, isParameterFile: false);

    /// <summary>Parses a <c>.bicepparam</c> file (<c>using</c>, <c>extends</c>, <c>param name = value</c>, …).</summary>
    public static ProgramSyntax ParseParameters(SourceFile file, DiagnosticBag diagnostics) => Parse(file, diagnostics, isParameterFile: true);

    private static ProgramSyntax Parse(SourceFile file, DiagnosticBag diagnostics, bool isParameterFile)
    {
        var found = new DiagnosticBag();
        var tokens = Lexer.Lex(file, found);
        var program = Parser.Parse(file, tokens, isParameterFile, found);
        diagnostics.AddRange(found.Items.OrderBy(d => d.Location?.Span.Start ?? 0));
        return program;
    }
}
