using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>
/// ATL11xx: the tokens do not form valid Bicep. Messages say what was expected and what was found; "found" is
/// phrased by <see cref="Lexing.TokenFacts.Describe"/>.
/// </summary>
public static class ParserDiagnostics
{
    public const string ExpectedTokenCode = "ATL1101";
    public const string ExpectedNameCode = "ATL1102";
    public const string ExpectedDeclarationCode = "ATL1103";
    public const string ExpectedExpressionCode = "ATL1104";
    public const string ExpectedTypeCode = "ATL1105";
    public const string ExpectedStringCode = "ATL1106";
    public const string ExpectedSeparatorCode = "ATL1107";
    public const string ExpectedBodyCode = "ATL1108";
    public const string ComplexLiteralNotAllowedCode = "ATL1109";
    public const string ParenthesesNeedOneExpressionCode = "ATL1110";
    public const string LoopVariablesNeedTwoCode = "ATL1111";
    public const string EmptyIndexCode = "ATL1112";
    public const string IntegerTooLargeCode = "ATL1113";
    public const string UnexpectedInInterpolationCode = "ATL1114";
    public const string NestingTooDeepCode = "ATL1115";
    public const string SafeAccessCallCode = "ATL1116";
    public const string DecoratorWithoutDeclarationCode = "ATL1117";
    public const string ImportRequiresAliasCode = "ATL1118";
    public const string InterpolatedImportNameCode = "ATL1119";
    public const string ExpectedLocalVariableCode = "ATL1120";
    public const string TooManyErrorsCode = "ATL1121";

    /// <summary>A file with more syntax errors than are reported: how many more there are.</summary>
    public static Diagnostic TooManyErrors(SourceFile file, int omitted, int reported) =>
        new(TooManyErrorsCode, DiagnosticLevel.Error, $"{omitted} more syntax errors in this file are not reported (acrlint reports the first {reported}); is it a Bicep file?", null, file.DisplayPath);

    /// <summary>A specific token or keyword is missing: "Expected '=' but found 'foo'."</summary>
    public static Diagnostic ExpectedToken(SourceLocation at, string expected, string found) =>
        Error(ExpectedTokenCode, at, $"Expected {expected} but found {found}.");

    /// <summary>A name is missing: "Expected a parameter name but found '='."</summary>
    public static Diagnostic ExpectedName(SourceLocation at, string what, string found) =>
        Error(ExpectedNameCode, at, $"Expected {what} but found {found}.");

    public static Diagnostic ExpectedDeclaration(SourceLocation at, string found, bool parameterFile) =>
        Error(ExpectedDeclarationCode, at, parameterFile
            ? $"Expected a declaration (using, extends, param, var, type, import, extension or extensionConfig) but found {found}."
            : $"Expected a declaration (targetScope, metadata, param, var, type, func, resource, module, output, import, extension, test or assert) but found {found}.");

    public static Diagnostic ExpectedExpression(SourceLocation at, string found) =>
        Error(ExpectedExpressionCode, at,
            $"Expected an expression (a literal, string, name, function call, object, array, parenthesized expression or lambda) but found {found}.");

    public static Diagnostic ExpectedType(SourceLocation at, string found) =>
        Error(ExpectedTypeCode, at, $"Expected a type (a type name, a literal, an object or tuple type, or a parenthesized type) but found {found}.");

    /// <summary>A quoted string is required: "Expected a resource type string such as 'Microsoft.X/y@2024-01-01'…"</summary>
    public static Diagnostic ExpectedString(SourceLocation at, string what, string found) =>
        Error(ExpectedStringCode, at, $"Expected {what} in single quotes but found {found}.");

    public static Diagnostic ExpectedSeparator(SourceLocation at, string found) =>
        Error(ExpectedSeparatorCode, at, $"Expected ',' or a new line between items but found {found}.");

    public static Diagnostic ExpectedComma(SourceLocation at) =>
        Error(ExpectedSeparatorCode, at, "Expected ',' before the line break; arguments are separated by commas.");

    public static Diagnostic LineBreakAfterComma(SourceLocation at) =>
        Error(ExpectedSeparatorCode, at,
            "A ',' cannot be followed by a line break here; separate items either with commas on one line or with line breaks.");

    public static Diagnostic ExpectedBody(SourceLocation at, string expected, string found) =>
        Error(ExpectedBodyCode, at, $"Expected {expected} but found {found}.");

    public static Diagnostic ComplexLiteralNotAllowed(SourceLocation at) =>
        Error(ComplexLiteralNotAllowedCode, at,
            "Object and array literals are not allowed here (inside a string interpolation or a loop variable block); declare the value in a variable and use its name.");

    public static Diagnostic ParenthesesNeedOneExpression(SourceLocation at) =>
        Error(ParenthesesNeedOneExpressionCode, at, "Parentheses must contain exactly one expression, on one line.");

    public static Diagnostic LoopVariablesNeedTwo(SourceLocation at, int count) =>
        Error(LoopVariablesNeedTwoCode, at, $"A loop variable block declares an item and an index, '(item, index)', but this one has {count} entries.");

    public static Diagnostic EmptyIndex(SourceLocation at) =>
        Error(EmptyIndexCode, at, "Expected an index or property name between '[' and ']'.");

    public static Diagnostic IntegerTooLarge(SourceLocation at, string literal) =>
        Error(IntegerTooLargeCode, at, $"The integer {literal} is too large; the largest supported value is {ulong.MaxValue}.");

    public static Diagnostic UnexpectedInInterpolation(SourceLocation at, string found) =>
        Error(UnexpectedInInterpolationCode, at, $"Expected '}}' to close the interpolation but found {found}.");

    public static Diagnostic NestingTooDeep(SourceLocation at, int limit) =>
        Error(NestingTooDeepCode, at, $"The statement is nested more than {limit} levels deep; acrlint skips the rest of it.");

    public static Diagnostic SafeAccessCall(SourceLocation at) =>
        Error(SafeAccessCallCode, at, "The safe-dereference operator '.?' cannot be used to call a function; use '.' instead.");

    public static Diagnostic DecoratorWithoutDeclaration(SourceLocation at, string found) =>
        Error(DecoratorWithoutDeclarationCode, at, $"A decorator must be followed by the declaration it applies to, but {found} follows it.");

    public static Diagnostic ImportRequiresAlias(SourceLocation at) =>
        Error(ImportRequiresAliasCode, at, "A symbol imported by a quoted name needs a name to use in this file; add 'as <name>'.");

    public static Diagnostic InterpolatedImportName(SourceLocation at) =>
        Error(InterpolatedImportNameCode, at, "The name of an imported symbol must be a constant string without interpolation.");

    public static Diagnostic ExpectedLocalVariable(SourceLocation at, string found) =>
        Error(ExpectedLocalVariableCode, at, $"Expected a variable name but found {found}.");

    private static Diagnostic Error(string code, SourceLocation at, string message) => new(code, DiagnosticLevel.Error, message, at);
}
