using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>ATL10xx: the Bicep text cannot be split into tokens.</summary>
public static class LexerDiagnostics
{
    public const string UnexpectedCharacterCode = "ATL1001";
    public const string DoubleQuoteCode = "ATL1002";
    public const string UnterminatedStringCode = "ATL1003";
    public const string StringLineBreakCode = "ATL1004";
    public const string InvalidEscapeCode = "ATL1005";
    public const string InvalidUnicodeEscapeCode = "ATL1006";
    public const string UnterminatedMultilineStringCode = "ATL1007";
    public const string UnterminatedCommentCode = "ATL1008";
    public const string MissingPragmaCodesCode = "ATL1009";
    public const string IdentifierTooLongCode = "ATL1010";
    public const string UnterminatedInterpolationCode = "ATL1011";

    public static Diagnostic UnexpectedCharacter(SourceLocation at, string text) =>
        Error(UnexpectedCharacterCode, at, $"Unexpected character(s) {TokenFacts.Quote(TokenFacts.Printable(text))}; Bicep does not use them here.");

    public static Diagnostic DoubleQuote(SourceLocation at) =>
        Error(DoubleQuoteCode, at, "Bicep strings are written in single quotes ('), not double quotes (\"); a double quote inside a string needs no escape.");

    public static Diagnostic UnterminatedString(SourceLocation at) =>
        Error(UnterminatedStringCode, at, "The string is not terminated; the file ends before the closing single quote (').");

    public static Diagnostic StringLineBreak(SourceLocation at) =>
        Error(StringLineBreakCode, at,
            "The string is not terminated before the end of the line; close it with a single quote ('), or use a multi-line string (''' … ''').");

    public static Diagnostic InvalidEscape(SourceLocation at, string escape) =>
        Error(InvalidEscapeCode, at,
            $"{TokenFacts.Quote(TokenFacts.Printable(escape))} is not a valid escape sequence; use one of \\n \\r \\t \\\\ \\' \\$ or \\u{{hex}}.");

    public static Diagnostic InvalidUnicodeEscape(SourceLocation at, string escape) =>
        Error(InvalidUnicodeEscapeCode, at,
            $"{TokenFacts.Quote(TokenFacts.Printable(escape))} is not a valid Unicode escape; write \\u{{hex}} with 1 to 6 hexadecimal digits, at most 10FFFF.");

    public static Diagnostic UnterminatedMultilineString(SourceLocation at) =>
        Error(UnterminatedMultilineStringCode, at, "The multi-line string is not terminated; the file ends before the closing '''.");

    public static Diagnostic UnterminatedComment(SourceLocation at) =>
        Error(UnterminatedCommentCode, at, "The comment is not terminated; the file ends before the closing */.");

    public static Diagnostic MissingPragmaCodes(SourceLocation at, string keyword) =>
        Error(MissingPragmaCodesCode, at, $"'#{keyword}' must be followed by at least one diagnostic or rule code.");

    public static Diagnostic IdentifierTooLong(SourceLocation at, int limit) =>
        Error(IdentifierTooLongCode, at, $"The identifier is longer than {limit} characters, which Bicep does not allow.");

    public static Diagnostic UnterminatedInterpolation(SourceLocation at, bool atEndOfFile) =>
        Error(UnterminatedInterpolationCode, at, atEndOfFile
            ? "The interpolation is not closed with '}'; the file ends inside it."
            : "The interpolation is not closed with '}' before the end of the line; an interpolation must fit on one line.");

    private static Diagnostic Error(string code, SourceLocation at, string message) => new(code, DiagnosticLevel.Error, message, at);
}
