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
    /// <summary>The syntax errors reported for one file; the rest are counted in one more diagnostic.</summary>
    public const int MaxDiagnostics = 1000;

    /// <summary>Parses a <c>.bicep</c> file.</summary>
    public static ProgramSyntax Parse(SourceFile file, DiagnosticBag diagnostics) => Parse(file, diagnostics, isParameterFile: false);

    /// <summary>Parses a <c>.bicepparam</c> file (<c>using</c>, <c>extends</c>, <c>param name = value</c>, …).</summary>
    public static ProgramSyntax ParseParameters(SourceFile file, DiagnosticBag diagnostics) => Parse(file, diagnostics, isParameterFile: true);

    private static ProgramSyntax Parse(SourceFile file, DiagnosticBag diagnostics, bool isParameterFile)
    {
        // The lexer reports all its diagnostics before the parser reports any: each gets its own limit, so that the
        // first ones by position are kept whichever found them.
        var lexed = new DiagnosticBag(MaxDiagnostics);
        var tokens = Lexer.Lex(file, lexed);
        var parsed = new DiagnosticBag(MaxDiagnostics);
        var program = Parser.Parse(file, tokens, isParameterFile, parsed);
        var found = lexed.Items.Concat(parsed.Items).OrderBy(d => d.Location?.Span.Start ?? 0).ToList();
        diagnostics.AddRange(found.Take(MaxDiagnostics));
        var omitted = lexed.Omitted + parsed.Omitted + Math.Max(0, found.Count - MaxDiagnostics);
        if (omitted > 0)
        {
            diagnostics.Add(ParserDiagnostics.TooManyErrors(file, omitted, MaxDiagnostics));
        }

        return program;
    }
}
