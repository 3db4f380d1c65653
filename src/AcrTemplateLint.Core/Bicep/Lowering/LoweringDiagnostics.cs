using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lowering;

/// <summary>ATL121x: what the compiler needs before deployment: the files load functions read, values known at the start.</summary>
public static class LoweringDiagnostics
{
    public const string FileNotLoadedCode = "ATL1210";
    public const string PathOutsideRootCode = "ATL1211";
    public const string NotConstantCode = "ATL1212";
    public const string InvalidContentCode = "ATL1213";
    public const string RuntimeValueCode = "ATL1214";

    public static Diagnostic FileNotLoaded(SourceLocation at, string function, string path, string reason) =>
        new(FileNotLoadedCode, DiagnosticLevel.Error, $"{function}('{path}'): the file cannot be read: {reason}.", at);

    /// <summary>A module or content path that leaves the scanned root; shared by modules and load functions.</summary>
    public static Diagnostic PathOutsideRoot(SourceLocation at, string path, string reason) =>
        new(PathOutsideRootCode, DiagnosticLevel.Error,
            $"The path '{path}' is not read because {reason}.", at);

    public static Diagnostic NotConstant(SourceLocation at, string function, string what) =>
        new(NotConstantCode, DiagnosticLevel.Error, $"{function}(): {what} must be a string literal; the compiler reads the file before deployment.", at);

    public static Diagnostic InvalidContent(SourceLocation at, string function, string path, string reason) =>
        new(InvalidContentCode, DiagnosticLevel.Error, $"{function}('{path}'): {reason}.", at);

    public static Diagnostic RuntimeValue(SourceLocation? at, string what, string context) =>
        new(RuntimeValueCode, DiagnosticLevel.Error,
            $"{what} can only be read while the deployment runs, but {context} must be known when it starts; the compiler rejects this.", at);
}
