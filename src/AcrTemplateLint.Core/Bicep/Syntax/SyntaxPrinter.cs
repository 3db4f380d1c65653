using System.Text;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>Prints a tree back to text from its tokens and their trivia; for a whole program that is the source file.</summary>
public static class SyntaxPrinter
{
    public static string Print(SyntaxElement element)
    {
        var builder = new StringBuilder();
        new Writer(builder).Visit(element);
        return builder.ToString();
    }

    private sealed class Writer(StringBuilder builder) : SyntaxWalker
    {
        protected override void VisitToken(Token token)
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                builder.Append(trivia.Text);
            }

            builder.Append(token.Text);
            foreach (var trivia in token.TrailingTrivia)
            {
                builder.Append(trivia.Text);
            }
        }
    }
}
