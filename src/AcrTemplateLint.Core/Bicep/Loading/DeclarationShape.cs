using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// What a resource or module declaration says before anything is evaluated: its loop, its condition, its body and
/// the properties the compiler treats specially (name, parent, scope, dependsOn, params).
/// </summary>
internal sealed record DeclarationShape(Symbol Symbol, ForSyntax? Loop, IfConditionSyntax? Condition, ObjectSyntax? Body)
{
    /// <summary>The header, "resource name 'type@version'" or "module name 'path'": where the declaration is.</summary>
    public required SourceLocation Header { get; init; }

    public SyntaxElement? Property(string name)
    {
        // A loop rather than a query: the loader asks for several properties of every declaration it evaluates.
        foreach (var item in Body?.Items ?? [])
        {
            if (item is ObjectPropertySyntax { Key: IdentifierSyntax { Name: var key } } property && key == name)
            {
                return property.Value;
            }
        }

        return null;
    }

    public static DeclarationShape Of(Symbol symbol, SourceFile file)
    {
        var (value, headerEnd) = symbol.Declaration switch
        {
            ResourceDeclarationSyntax r => (r.Value, r.Type.Span.End),
            ModuleDeclarationSyntax m => (m.Value, m.Path.Span.End),
            _ => throw new ArgumentException($"{symbol} is not a resource or module", nameof(symbol)),
        };
        var keyword = symbol.Declaration is ResourceDeclarationSyntax rd ? rd.Keyword : ((ModuleDeclarationSyntax)symbol.Declaration).Keyword;
        var header = new SourceLocation(file, TextSpan.FromBounds(keyword.Span.Start, Math.Max(keyword.Span.End, headerEnd)));
        var loop = value as ForSyntax;
        var condition = (loop?.Body ?? value) as IfConditionSyntax;
        var body = Binder.BodyObject(value);
        return new DeclarationShape(symbol, loop, condition, body) { Header = header };
    }
}
