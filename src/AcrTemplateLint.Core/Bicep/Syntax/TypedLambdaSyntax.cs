using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>(a type, …) returnType => body</c>: the signature and body of a <c>func</c>.</summary>
public sealed class TypedLambdaSyntax : SyntaxNode
{
    public TypedLambdaSyntax(
        SyntaxElement variables,
        SyntaxElement returnType,
        SyntaxElement arrow,
        ImmutableArray<Token> newLines,
        SyntaxElement body)
    {
        Variables = variables;
        ReturnType = returnType;
        Arrow = arrow;
        NewLines = newLines;
        Body = body;
    }

    public SyntaxElement Variables { get; }

    public SyntaxElement ReturnType { get; }

    public SyntaxElement Arrow { get; }

    public ImmutableArray<Token> NewLines { get; }

    public SyntaxElement Body { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Variables;
            yield return ReturnType;
            yield return Arrow;

            foreach (var item in NewLines)
            {
                yield return item;
            }

            yield return Body;
        }
    }
}
