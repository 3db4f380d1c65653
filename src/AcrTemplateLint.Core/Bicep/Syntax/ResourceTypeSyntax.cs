using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>resource 'type@version'</c> as the type of a parameter or output (an output may omit the string).</summary>
public sealed class ResourceTypeSyntax : SyntaxNode
{
    public ResourceTypeSyntax(Token keyword, SyntaxElement? type)
    {
        Keyword = keyword;
        Type = type;
    }

    public Token Keyword { get; }

    public SyntaxElement? Type { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Keyword;

            if (Type is not null)
            {
                yield return Type;
            }
        }
    }
}
