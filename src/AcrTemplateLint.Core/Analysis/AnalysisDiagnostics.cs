using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Analysis;

/// <summary>ATL50xx: problems finding or reading input files.</summary>
public static class AnalysisDiagnostics
{
    public const string PathNotFoundCode = "ATL5001";
    public const string UnreadableFileCode = "ATL5002";
    public const string FileTooLargeCode = "ATL5003";
    public const string NoTemplatesCode = "ATL5004";
    public const string NotParametersCode = "ATL5005";
    public const string WrongPathKindCode = "ATL5006";
    public const string InternalErrorCode = "ATL5999";

    public static Diagnostic PathNotFound(string path) =>
        new(PathNotFoundCode, DiagnosticLevel.Error, $"The path '{path}' does not exist.", null, path);

    public static Diagnostic UnreadableFile(string path, string reason) =>
        new(UnreadableFileCode, DiagnosticLevel.Error, $"The file cannot be read: {reason}", null, path);

    public static Diagnostic FileTooLarge(string path, long size, long limit) =>
        new(FileTooLargeCode, DiagnosticLevel.Error,
            $"The file is {size / (1024 * 1024)} MiB; files over {limit / (1024 * 1024)} MiB are not analysed.", null, path);

    public static Diagnostic NoTemplates(string paths) =>
        new(NoTemplatesCode, DiagnosticLevel.Info,
            $"No Bicep or ARM templates found in {paths} (ARM JSON is recognised by its deploymentTemplate $schema).", null);

    /// <summary>A file where a folder is expected (--rules), or a folder where a file is (--policy-params).</summary>
    public static Diagnostic WrongPathKind(string path, bool folderExpected) =>
        new(WrongPathKindCode, DiagnosticLevel.Error,
            folderExpected ? $"The path '{path}' is a file; a folder is expected here." : $"The path '{path}' is a folder; a file is expected here.", null, path);

    public static Diagnostic NotParameters(string path) =>
        new(NotParametersCode, DiagnosticLevel.Error,
            "The path given with --params holds no ARM parameters file (deploymentParameters $schema) and no .bicepparam file; it is not used.", null, path);

    public static Diagnostic InternalError(SourceLocation? at, string? path, Exception exception) =>
        new(InternalErrorCode, DiagnosticLevel.Error,
            $"acrlint failed on this file ({exception.GetType().Name}: {exception.Message}). This is a bug in acrlint; please report it.", at, path);
}
