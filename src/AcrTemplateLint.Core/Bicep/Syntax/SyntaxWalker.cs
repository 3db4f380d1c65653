using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>
/// Visits a tree in source order through <see cref="SyntaxNode.Children"/>. It has no method per node type, so a
/// new node needs no change here; derived walkers pattern-match on the nodes they care about.
/// </summary>
public abstract class SyntaxWalker
{
    public void Visit(SyntaxElement element)
    {
        if (element is Token token)
        {
            VisitToken(token);
        }
        else if (element is SyntaxNode node)
        {
            VisitNode(node);
        }
    }

    protected virtual void VisitToken(Token token)
    {
    }

    protected virtual void VisitNode(SyntaxNode node)
    {
        // Children are arrays and one-element lists: indexing them allocates no enumerator.
        if (node.Children is IReadOnlyList<SyntaxElement> children)
        {
            for (var i = 0; i < children.Count; i++)
            {
                Visit(children[i]);
            }

            return;
        }

        foreach (var child in node.Children)
        {
            Visit(child);
        }
    }
}
