using System.Collections.Immutable;
using System.Text;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Functions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lowering;

/// <summary>
/// loadTextContent(), loadFileAsBase64(), loadJsonContent(), loadYamlContent() and loadDirectoryFileInfo(): the
/// compiler reads the file, relative to the Bicep file, when it compiles and puts its content in the template; so
/// does acrlint, within the file access policy and the compiler's own size limits. The value points at the call.
/// </summary>
internal sealed class ContentLoader(SourceFile file, FileAccessPolicy policy, DiagnosticBag diagnostics)
{
    // The Bicep compiler's limits: characters of text, bytes of a base64 file, characters of JSON or YAML.
    private const int MaxTextCharacters = 131_072;
    private const int MaxBase64Bytes = 96 * 1024;
    private const int MaxJsonCharacters = 1_048_576;

    public Expression Load(string function, IReadOnlyList<Expression> arguments, SourceLocation at)
    {
        if (arguments.Count == 0 || arguments[0] is not LiteralExpression { Value: StringValue { Value: var path } })
        {
            diagnostics.Add(LoweringDiagnostics.NotConstant(at, function, "the file path"));
            return Failed(function, at);
        }

        var value = function switch
        {
            "loadTextContent" => ReadText(function, path, Argument(arguments, 1), MaxTextCharacters, at) is { } text ? new StringValue(text) : null,
            "loadFileAsBase64" => ReadBytes(function, path, at) is { } bytes ? new StringValue(Convert.ToBase64String(bytes)) : null,
            "loadJsonContent" => ReadText(function, path, Argument(arguments, 2), MaxJsonCharacters, at) is { } json ? Json(function, path, json, Argument(arguments, 1), at) : null,
            "loadYamlContent" => ReadText(function, path, Argument(arguments, 2), MaxJsonCharacters, at) is { } yaml ? Yaml(function, path, yaml, Argument(arguments, 1), at) : null,
            _ => Directory(function, path, Argument(arguments, 1), at),
        };
        return value is null ? Failed(function, at) : new LiteralExpression(WithOrigin(value, at), at);
    }

    private static LiteralExpression Failed(string function, SourceLocation at) =>
        new(new UnknownValue($"the content {function}() could not read", at) { Origin = at }, at);

    private static string? Argument(IReadOnlyList<Expression> arguments, int index) =>
        index < arguments.Count && arguments[index] is LiteralExpression { Value: StringValue s } ? s.Value : null;

    private string? Resolve(string function, string path, SourceLocation at)
    {
        if (policy.Resolve(file.FullPath, path, out var full) is { } refusal)
        {
            diagnostics.Add(LoweringDiagnostics.PathOutsideRoot(at, path, refusal));
            return null;
        }

        if (!File.Exists(full))
        {
            diagnostics.Add(LoweringDiagnostics.FileNotLoaded(at, function, path, "the file does not exist"));
            return null;
        }

        return full;
    }

    private byte[]? ReadBytes(string function, string path, SourceLocation at)
    {
        if (Resolve(function, path, at) is not { } full)
        {
            return null;
        }

        try
        {
            var length = new FileInfo(full).Length;
            if (length > MaxBase64Bytes)
            {
                diagnostics.Add(LoweringDiagnostics.FileNotLoaded(at, function, path, $"it is larger than the compiler's limit of {MaxBase64Bytes / 1024} KiB"));
                return null;
            }

            // Not opened when empty: a named pipe has length zero too, and opening it waits for a writer.
            return length == 0 ? [] : File.ReadAllBytes(full);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(LoweringDiagnostics.FileNotLoaded(at, function, path, error.Message));
            return null;
        }
    }

    private string? ReadText(string function, string path, string? encodingName, int limit, SourceLocation at)
    {
        if (Encoding(encodingName) is not { } encoding)
        {
            diagnostics.Add(LoweringDiagnostics.InvalidContent(at, function, path, $"the encoding '{encodingName}' is not one Bicep supports"));
            return null;
        }

        if (Resolve(function, path, at) is not { } full)
        {
            return null;
        }

        try
        {
            var length = new FileInfo(full).Length;
            if (length > 4L * limit)
            {
                diagnostics.Add(LoweringDiagnostics.FileNotLoaded(at, function, path, $"it is larger than the compiler's limit of {limit:N0} characters"));
                return null;
            }

            var text = TextFile.Read(full, length, int.MaxValue, out _, encoding);
            if (text.Length > limit)
            {
                diagnostics.Add(LoweringDiagnostics.FileNotLoaded(at, function, path, $"it is longer than the compiler's limit of {limit:N0} characters"));
                return null;
            }

            return text;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(LoweringDiagnostics.FileNotLoaded(at, function, path, error.Message));
            return null;
        }
    }

    // The encodings the compiler accepts; UTF-8 when none is given. A byte order mark is honoured and not kept.
    private static Encoding? Encoding(string? name) => name?.ToLowerInvariant() switch
    {
        null or "utf-8" => new UTF8Encoding(false),
        "utf-16" => System.Text.Encoding.Unicode,
        "utf-16be" => System.Text.Encoding.BigEndianUnicode,
        "iso-8859-1" => System.Text.Encoding.Latin1,
        "us-ascii" => System.Text.Encoding.ASCII,
        _ => null,
    };

    private Value? Json(string function, string path, string text, string? jsonPath, SourceLocation at)
    {
        if (JsonValueReader.Read(text, at, out var error) is not { } value)
        {
            diagnostics.Add(LoweringDiagnostics.InvalidContent(at, function, path, $"the file is not JSON ({error})"));
            return null;
        }

        return Select(function, path, value, jsonPath, at);
    }

    private Value? Yaml(string function, string path, string text, string? pathFilter, SourceLocation at)
    {
        if (YamlContent.Read(text, out var error) is not { } value)
        {
            diagnostics.Add(LoweringDiagnostics.InvalidContent(at, function, path, $"the file is not YAML ({error})"));
            return null;
        }

        return Select(function, path, value, pathFilter, at);
    }

    // A JSONPath of names and indexes ($.a.b, $['a'][0]); wildcards and filters are not evaluated.
    private Value? Select(string function, string path, Value value, string? jsonPath, SourceLocation at)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return value;
        }

        if (JsonPathSteps(jsonPath) is not { } steps)
        {
            return new UnknownValue($"the JSONPath '{jsonPath}', which acrlint does not evaluate", at);
        }

        foreach (var step in steps)
        {
            Value? next = (value, step) switch
            {
                (ObjectValue o, string key) => o[key],
                (ArrayValue a, int i) when i >= 0 && i < a.Items.Length => a.Items[i],
                _ => null,
            };
            if (next is null)
            {
                diagnostics.Add(LoweringDiagnostics.InvalidContent(at, function, path, $"the JSONPath '{jsonPath}' selects nothing"));
                return null;
            }

            value = next;
        }

        return value;
    }

    private static List<object>? JsonPathSteps(string jsonPath)
    {
        var steps = new List<object>();
        var i = jsonPath.StartsWith('$') ? 1 : 0;
        while (i < jsonPath.Length)
        {
            if (jsonPath[i] == '.')
            {
                var end = jsonPath.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? jsonPath.Length : end;
                var name = jsonPath[(i + 1)..end];
                if (name.Length == 0 || name.Contains('*'))
                {
                    return null;
                }

                steps.Add(name);
                i = end;
            }
            else if (jsonPath[i] == '[')
            {
                var close = jsonPath.IndexOf(']', i);
                if (close < 0)
                {
                    return null;
                }

                var inner = jsonPath[(i + 1)..close].Trim();
                if (inner.Length >= 2 && inner[0] is '\'' or '"' && inner[^1] == inner[0])
                {
                    steps.Add(inner[1..^1]);
                }
                else if (int.TryParse(inner, out var index))
                {
                    steps.Add(index);
                }
                else
                {
                    return null;
                }

                i = close + 1;
            }
            else
            {
                return null;
            }
        }

        return steps;
    }

    // loadDirectoryFileInfo(path, searchPattern): { relativePath, baseName, extension } for each file, by name.
    private Value? Directory(string function, string path, string? pattern, SourceLocation at)
    {
        if (policy.Resolve(file.FullPath, path, out var full) is { } refusal)
        {
            diagnostics.Add(LoweringDiagnostics.PathOutsideRoot(at, path, refusal));
            return null;
        }

        if (!System.IO.Directory.Exists(full))
        {
            diagnostics.Add(LoweringDiagnostics.FileNotLoaded(at, function, path, "the directory does not exist"));
            return null;
        }

        // A pattern with a folder in it could name files outside the checked directory (and the root).
        if (pattern is not null && pattern.AsSpan().IndexOfAny('/', '\\', '\0') >= 0)
        {
            diagnostics.Add(LoweringDiagnostics.FileNotLoaded(at, function, path, $"the search pattern '{pattern}' is not a file name pattern (a name with * and ?)"));
            return null;
        }

        var baseDirectory = Path.GetDirectoryName(file.FullPath) ?? "";
        var items = System.IO.Directory.EnumerateFiles(full, pattern ?? "*")
            .Order(StringComparer.Ordinal)
            .Select(f => (Value)new ObjectValue(
            [
                new ObjectEntry("relativePath", new StringValue(Path.GetRelativePath(baseDirectory, f).Replace('\\', '/')), null),
                new ObjectEntry("baseName", new StringValue(Path.GetFileName(f)), null),
                new ObjectEntry("extension", new StringValue(Path.GetExtension(f)), null),
            ]))
            .ToImmutableArray();
        return new ArrayValue(items);
    }

    // Loaded content has no span of its own: every part of it points at the call that loaded it.
    private static Value WithOrigin(Value value, SourceLocation at) => value switch
    {
        ObjectValue o => o with { Origin = at, Entries = [.. o.Entries.Select(e => e with { Value = WithOrigin(e.Value, at), KeyOrigin = at })] },
        ArrayValue a => a with { Origin = at, Items = [.. a.Items.Select(i => WithOrigin(i, at))] },
        _ => value with { Origin = at },
    };
}
