namespace AcrTemplateLint.Rules.Engine;

/// <summary>Kleene's three-valued logic: a condition over an Unknown value may be neither true nor false.</summary>
public enum Truth
{
    False,
    True,
    Unknown,
}

internal static class TruthExtensions
{
    public static Truth Not(this Truth truth) => truth switch
    {
        Truth.True => Truth.False,
        Truth.False => Truth.True,
        _ => Truth.Unknown,
    };

    public static Truth From(bool value) => value ? Truth.True : Truth.False;
}
