using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Loading;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Suppressions;

/// <summary>
/// Reads suppressions from a Bicep file's pragmas, the ones Bicep's own linter uses: <c>#disable-next-line ACR003 //
/// reason</c> covers the next line; <c>#disable-diagnostics ACR003</c> … <c>#restore-diagnostics ACR003</c> covers
/// the lines between (to the end of the file when nothing restores it). Only the ids of the rules that run count:
/// Bicep's own codes (no-unused-params, BCP081…) share the pragmas and are left to Bicep, never reported as unused.
/// </summary>
public static class BicepSuppressions
{
    public static IEnumerable<SuppressionDirective> Collect(BicepFile bicep, IReadOnlySet<string> ruleIds, DiagnosticBag diagnostics)
    {
        if (!bicep.HasPragmas)
        {
            return [];
        }

        var file = bicep.Source;
        var pragmas = new PragmaCollector();
        pragmas.Visit(bicep.Model.Program);
        var open = new Dictionary<string, OpenRange>(StringComparer.OrdinalIgnoreCase);
        var directives = new List<SuppressionDirective>();
        foreach (var trivia in pragmas.Found)
        {
            var pragma = trivia.Pragma!;
            var line = file.GetPosition(trivia.Span.Start).Line;
            foreach (var code in pragma.Codes)
            {
                if (!ruleIds.Contains(code.Code))
                {
                    continue;
                }

                var reason = pragma.Reason?.Trim() ?? "";
                switch (pragma.Kind)
                {
                    case PragmaKind.DisableNextLine:
                        directives.Add(Directive(file, code, reason, line + 1, line + 1, diagnostics));
                        break;
                    case PragmaKind.DisableDiagnostics:
                        open.TryAdd(code.Code, new OpenRange(code, reason, line));
                        break;
                    case PragmaKind.RestoreDiagnostics when open.Remove(code.Code, out var start):
                        directives.Add(Directive(file, start.Code, start.Reason, start.Line, line, diagnostics));
                        break;
                }
            }
        }

        foreach (var (code, reason, line) in open.Values)
        {
            directives.Add(Directive(file, code, reason, line, int.MaxValue, diagnostics));
        }

        return directives;
    }

    /// <summary>A #disable-diagnostics that nothing has restored yet. A class, as <see cref="PragmaCode"/> is.</summary>
    private sealed record OpenRange(PragmaCode Code, string Reason, int Line);

    private static SuppressionDirective Directive(SourceFile file, PragmaCode code, string reason, int first, int last, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(file, code.Span);
        if (reason.Length == 0)
        {
            diagnostics.Add(SuppressionDiagnostics.NoJustification(location, code.Code));
        }

        return new SuppressionDirective(code.Code, reason, location) { FirstLine = first, LastLine = last };
    }

    /// <summary>Every pragma in the file's trivia, in source order.</summary>
    private sealed class PragmaCollector : SyntaxWalker
    {
        public List<SyntaxTrivia> Found { get; } = [];

        protected override void VisitToken(Token token)
        {
            Collect(token.LeadingTrivia);
            Collect(token.TrailingTrivia);
        }

        private void Collect(System.Collections.Immutable.ImmutableArray<SyntaxTrivia> trivia)
        {
            foreach (var item in trivia)
            {
                if (item.Pragma is not null)
                {
                    Found.Add(item);
                }
            }
        }
    }
}
