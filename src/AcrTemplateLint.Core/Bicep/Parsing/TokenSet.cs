using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>A set of token kinds as a bit mask: recovery asks "is this a terminator?" for every skipped token.</summary>
internal readonly struct TokenSet
{
    private readonly ulong bits;

    private TokenSet(ulong bits) => this.bits = bits;

    /// <summary>Requires every <see cref="TokenKind"/> to be below 64 (a test checks it).</summary>
    public static TokenSet Of(params TokenKind[] kinds)
    {
        var bits = 0UL;
        foreach (var kind in kinds)
        {
            bits |= 1UL << (int)kind;
        }

        return new TokenSet(bits);
    }

    public bool Contains(TokenKind kind) => (bits & (1UL << (int)kind)) != 0;

    public static TokenSet operator |(TokenSet left, TokenSet right) => new(left.bits | right.bits);
}
