using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Json;

/// <summary>ATL20xx: the file is not JSON that Azure Resource Manager would read.</summary>
public static class JsonDiagnostics
{
    public const string UnexpectedCharacterCode = "ATL2001";
    public const string UnterminatedStringCode = "ATL2002";
    public const string InvalidEscapeCode = "ATL2003";
    public const string UnterminatedCommentCode = "ATL2004";
    public const string DuplicateKeyCode = "ATL2005";
    public const string NestingTooDeepCode = "ATL2006";
    public const string UnexpectedEndCode = "ATL2007";
    public const string TrailingContentCode = "ATL2008";

    public static Diagnostic UnexpectedCharacter(SourceLocation at, string found, string expected) =>
        new(UnexpectedCharacterCode, DiagnosticLevel.Error, $"Invalid JSON: unexpected {found}; expected {expected}.", at);

    public static Diagnostic UnterminatedString(SourceLocation at) =>
        new(UnterminatedStringCode, DiagnosticLevel.Error, "Invalid JSON: the string is not terminated; add the closing '\"'.", at);

    public static Diagnostic InvalidEscape(SourceLocation at, string escape) =>
        new(InvalidEscapeCode, DiagnosticLevel.Error, $"Invalid JSON: '{escape}' is not a valid escape sequence.", at);

    public static Diagnostic UnterminatedComment(SourceLocation at) =>
        new(UnterminatedCommentCode, DiagnosticLevel.Error, "Invalid JSON: the comment is not terminated; add '*/'.", at);

    public static Diagnostic DuplicateKey(SourceLocation at, string key, SourceLocation first) =>
        new(DuplicateKeyCode, DiagnosticLevel.Error,
            $"Duplicate key '{key}' (first at line {first.Start.Line + 1}); Azure Resource Manager rejects the template.", at);

    public static Diagnostic NestingTooDeep(SourceLocation at, int limit) =>
        new(NestingTooDeepCode, DiagnosticLevel.Error, $"JSON nesting deeper than {limit} levels is not analysed.", at);

    public static Diagnostic UnexpectedEnd(SourceLocation at, string expected) =>
        new(UnexpectedEndCode, DiagnosticLevel.Error, $"Invalid JSON: the file ends where {expected} was expected.", at);

    public static Diagnostic TrailingContent(SourceLocation at) =>
        new(TrailingContentCode, DiagnosticLevel.Error, "Invalid JSON: unexpected content after the end of the document.", at);
}
