using System.Collections.Immutable;
using AcrTemplateLint.Arm;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Parsing;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// The Bicep files and JSON modules of one run, each read, parsed and bound once however many callers use it and
/// whichever thread asks first, as long as it is among the recently used (<see cref="RecentFileCache{T}"/>). A file
/// that cannot be read is remembered with the reason, which each caller reports at its own call site. A file's text
/// is released once it is parsed (<see cref="SourceFile.ReleaseText"/>), unless <paramref name="keepTexts"/> asks to
/// keep it for callers that show the source at locations (tests).
/// </summary>
public sealed class BicepFileCache(bool keepTexts = false)
{
    // Bicep trees and models take about twenty bytes per source character: a quarter of a million characters of each
    // kind bound the cache at a few megabytes. Kept trees outlive collections and are copied into older generations;
    // parsing a file that fell out again is cheaper (corpus: 1,001 parses with a million characters, 1,085 with a
    // quarter million, and 1.34 s -> 1.28 s with 20% fewer page faults).
    private const long Budget = 250_000;

    private readonly RecentFileCache<Loaded<BicepFile>> bicep = new(Budget, loaded => loaded.Value?.Source.Length ?? 0);
    private readonly RecentFileCache<Loaded<LinkedTemplate>> json = new(Budget, loaded => loaded.Value?.File.Length ?? 0);

    /// <summary>The parsed and bound file, or the reason it cannot be used.</summary>
    public Loaded<BicepFile> Bicep(string fullPath, string displayPath, bool isParameterFile = false) =>
        bicep.GetOrAdd(fullPath, path => ParseBicep(path, displayPath, isParameterFile));

    /// <summary>An ARM template used as a module, or the reason it cannot be used.</summary>
    public Loaded<LinkedTemplate> Json(string fullPath, string displayPath) =>
        json.GetOrAdd(fullPath, path => ParseJson(path, displayPath));

    /// <summary>Parses and binds a Bicep text that is not on disk (tests, snippets).</summary>
    public static BicepFile Parse(SourceFile file, bool isParameterFile = false)
    {
        var diagnostics = new DiagnosticBag();
        var program = isParameterFile ? BicepParser.ParseParameters(file, diagnostics) : BicepParser.Parse(file, diagnostics);
        var model = Binder.Bind(file, program, isParameterFile);
        return new BicepFile(model, [.. diagnostics.Items, .. model.Diagnostics])
        {
            HasPragmas = file.Text.Contains("#disable", StringComparison.Ordinal),
        };
    }

    private Loaded<BicepFile> ParseBicep(string fullPath, string displayPath, bool isParameterFile)
    {
        var (file, error) = Read(fullPath, displayPath);
        if (file is null)
        {
            return new Loaded<BicepFile>(null, error);
        }

        var parsed = Parse(file, isParameterFile);
        Release(file);
        return new Loaded<BicepFile>(parsed, null);
    }

    private Loaded<LinkedTemplate> ParseJson(string fullPath, string displayPath)
    {
        var (file, error) = Read(fullPath, displayPath);
        if (file is null)
        {
            return new Loaded<LinkedTemplate>(null, error);
        }

        var diagnostics = new DiagnosticBag();
        var parsed = JsonParser.Parse(file, diagnostics);
        Release(file);
        return parsed switch
        {
            JsonObject root => new Loaded<LinkedTemplate>(new LinkedTemplate(file, root), null) { Diagnostics = [.. diagnostics.Items] },
            null => new Loaded<LinkedTemplate>(null, "it is not valid JSON") { Diagnostics = [.. diagnostics.Items] },
            _ => new Loaded<LinkedTemplate>(null, "it is not a JSON object"),
        };
    }

    private void Release(SourceFile file)
    {
        if (!keepTexts)
        {
            file.ReleaseText();
        }
    }

    // Larger modules are refused, like entry files.
    private static (SourceFile? File, string? Error) Read(string fullPath, string displayPath) =>
        TextFile.TryRead(fullPath, out _, out var problem) is { } text ? (new SourceFile(fullPath, displayPath, text), null) : (null, problem);
}

/// <summary>A file read through the cache: the value, or why there is none; and the diagnostics of reading it.</summary>
public sealed record Loaded<T>(T? Value, string? Error)
    where T : class
{
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
