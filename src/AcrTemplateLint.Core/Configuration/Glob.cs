namespace AcrTemplateLint.Configuration;

/// <summary>
/// Path globs as in .gitignore-style tools: '*' any characters but '/', '**' any path segments, '?' one character.
/// Paths use '/' and compare ignoring case (repositories move between Windows and Linux). A pattern naming a folder
/// also covers what is inside it.
/// </summary>
/// <remarks>
/// Matched by stepping through the path once with the set of pattern positions reached so far, which takes time
/// proportional to the path times the pattern whatever they hold: the configuration is input too, and a backtracking
/// regex took 25 s on '*a*a*a…b' against a name of 29 a's, while a non-backtracking one refused long patterns and took
/// 600 KB per glob.
/// </remarks>
public sealed class Glob
{
    private readonly Token[] tokens;

    public Glob(string pattern)
    {
        Pattern = pattern;
        tokens = Tokens(pattern.Replace('\\', '/').TrimStart('/'));
    }

    public string Pattern { get; }

    private enum Kind
    {
        Literal,
        AnyCharacter,
        AnyInSegment,
        AnyPath,
        AnyFolders,
    }

    public bool IsMatch(string relativePath)
    {
        var current = new bool[tokens.Length + 1];
        var next = new bool[tokens.Length + 1];
        current[0] = true;
        Close(current);
        foreach (var raw in relativePath)
        {
            var c = raw == '\\' ? '/' : raw;
            if (current[tokens.Length] && c == '/')
            {
                return true;
            }

            Array.Clear(next);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (current[i])
                {
                    Step(i, c, next);
                }
            }

            Close(next);
            (current, next) = (next, current);
        }

        return current[tokens.Length];
    }

    // The positions reached on c from position i.
    private void Step(int i, char c, bool[] next)
    {
        var token = tokens[i];
        switch (token.Kind)
        {
            case Kind.Literal when char.ToLowerInvariant(c) == token.Character:
            case Kind.AnyCharacter when c != '/':
                next[i + 1] = true;
                break;
            case Kind.AnyInSegment when c != '/':
            case Kind.AnyPath:
                next[i] = true;
                break;
            case Kind.AnyFolders:
                next[i] = true;
                next[i + 1] |= c == '/';
                break;
        }
    }

    // Wildcards may match nothing: a position before one also reaches the position after it.
    private void Close(bool[] reached)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (reached[i] && tokens[i].Kind is Kind.AnyInSegment or Kind.AnyPath or Kind.AnyFolders)
            {
                reached[i + 1] = true;
            }
        }
    }

    private static Token[] Tokens(string pattern)
    {
        var tokens = new List<Token>(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "**/" matches zero or more folders; a "**" elsewhere matches anything, slashes included.
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                tokens.Add(new Token(slash ? Kind.AnyFolders : Kind.AnyPath, '\0'));
                i += slash ? 2 : 1;
            }
            else
            {
                tokens.Add(c switch
                {
                    '*' => new Token(Kind.AnyInSegment, '\0'),
                    '?' => new Token(Kind.AnyCharacter, '\0'),
                    _ => new Token(Kind.Literal, char.ToLowerInvariant(c)),
                });
            }
        }

        return [.. tokens];
    }

    private sealed record Token(Kind Kind, char Character);
}
