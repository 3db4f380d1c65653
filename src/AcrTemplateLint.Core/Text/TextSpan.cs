namespace AcrTemplateLint.Text;

/// <summary>A range of UTF-16 code units in a source text: [Start, End).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public static TextSpan Between(TextSpan first, TextSpan last) => FromBounds(first.Start, last.End);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public override string ToString() => $"[{Start}..{End})";
}
