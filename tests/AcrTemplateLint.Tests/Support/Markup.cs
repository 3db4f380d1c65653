using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Support;

/// <summary>
/// Test sources mark the expected span of a finding with [| and |] (Roslyn-testing style). Parse strips the markers
/// and returns the clean text and the span they enclosed, if any.
/// </summary>
public static class Markup
{
    public static (string Text, TextSpan? Span) Parse(string markup)
    {
        var start = markup.IndexOf("[|", StringComparison.Ordinal);
        if (start < 0)
        {
            return (markup, null);
        }

        var end = markup.IndexOf("|]", start + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new ArgumentException("Markup has '[|' without '|]'.");
        }

        var text = markup[..start] + markup[(start + 2)..end] + markup[(end + 2)..];
        if (text.Contains("[|", StringComparison.Ordinal))
        {
            throw new ArgumentException("Markup may mark one span only.");
        }

        return (text, TextSpan.FromBounds(start, end - 2));
    }
}
