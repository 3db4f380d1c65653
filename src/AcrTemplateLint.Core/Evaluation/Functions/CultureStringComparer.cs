namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// ARM orders strings culture-sensitively (its docs: less('A', 'a') is false, greater('A', 'a') is true), which
/// acrlint cannot reproduce in general: it runs with invariant globalization, and punctuation orders differently in
/// the two collation libraries Windows and .NET use. For ASCII letters and digits the order is the same in both —
/// digits before letters, letters alphabetically ignoring case, then lower case before upper case — and that is
/// what this comparer implements. Anything else is undecided (null), and callers return Unknown.
/// </summary>
internal static class CultureStringComparer
{
    public static int? Compare(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 0;
        }

        if (!IsAlphanumeric(a) || !IsAlphanumeric(b))
        {
            return null;
        }

        var primary = string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
        if (primary != 0)
        {
            return Math.Sign(primary);
        }

        // Same letters, different case: the first lower-case letter sorts first.
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return char.IsAsciiLetterLower(a[i]) ? -1 : 1;
            }
        }

        return 0;
    }

    private static bool IsAlphanumeric(string text) => text.All(char.IsAsciiLetterOrDigit);
}
