using System.Text;
using System.Text.RegularExpressions;

namespace AcrTemplateLint.Configuration;

/// <summary>
/// Path globs as in .gitignore-style tools: '*' any characters but '/', '**' any path segments, '?' one character.
/// Paths use '/' and compare ignoring case (repositories move between Windows and Linux).
/// </summary>
public sealed class Glob
{
    private readonly Regex regex;

    public Glob(string pattern)
    {
        Pattern = pattern;
        // Without backtracking, matching takes time linear in the path: a backtracking '*a*a*a…b' took 25 s on a name of
        // 29 a's (the configuration is input too).
        regex = new Regex(ToRegex(pattern.Replace('\\', '/').TrimStart('/')), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    public string Pattern { get; }

    public bool IsMatch(string relativePath) => regex.IsMatch(relativePath.Replace('\\', '/'));

    private static string ToRegex(string pattern)
    {
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "**/" matches zero or more folders; a trailing "**" matches everything below.
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                builder.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        // A pattern naming a folder also covers what is inside it.
        return builder.Append("(?:/.*)?$").ToString();
    }
}
