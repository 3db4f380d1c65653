using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>base.name(arguments)</c>: a namespaced call (<c>sys.concat(…)</c>) or a resource method (<c>kv.getSecret(…)</c>).</summary>
public sealed class InstanceFunctionCallSyntax : SyntaxNode
{
    public InstanceFunctionCallSyntax(
        SyntaxElement baseExpression,
        Token dot,
        IdentifierSyntax name,
        Token openParen,
        ImmutableArray<SyntaxElement> items,
        SyntaxElement closeParen)
    {
        BaseExpression = baseExpression;
        Dot = dot;
        Name = name;
        OpenParen = openParen;
        Items = items;
        CloseParen = closeParen;
    }

    public SyntaxElement BaseExpression { get; }

    public Token Dot { get; }

    public IdentifierSyntax Name { get; }

    public Token OpenParen { get; }

    public ImmutableArray<SyntaxElement> Items { get; }

    public SyntaxElement CloseParen { get; }

    public IEnumerable<FunctionArgumentSyntax> Arguments => Items.OfType<FunctionArgumentSyntax>();

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseExpression;
            yield return Dot;
            yield return Name;
            yield return OpenParen;

            foreach (var item in Items)
            {
                yield return item;
            }

            yield return CloseParen;
        }
    }
}
