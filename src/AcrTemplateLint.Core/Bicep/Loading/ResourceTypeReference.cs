using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// The type string of a resource declaration, 'Microsoft.ContainerRegistry/registries@2023-07-01', with the span of
/// the API version inside it so that a finding about the version points at the version. A nested resource may write
/// only its last type segment ('tasks', 'tasks@2019-06-01-preview') and inherit the rest from its parent.
/// </summary>
internal sealed record ResourceTypeReference(string Type, string? ApiVersion, SourceLocation TypeLocation, SourceLocation? VersionLocation)
{
    /// <summary>The type string as written, with its version: how an extension resource's type is written in the JSON.</summary>
    public string Written => ApiVersion is null ? Type : $"{Type}@{ApiVersion}";

    public static ResourceTypeReference Parse(SyntaxElement syntax, SourceFile file, ResourceTypeReference? parent)
    {
        var location = new SourceLocation(file, syntax.Span);
        var text = (syntax as StringSyntax)?.LiteralValue ?? "";

        // 'az:Microsoft.X/y@v' names the namespace that provides the type; the type itself follows the colon.
        var prefix = text.IndexOf(':') is var colon and > 0 && text.IndexOf('/') is var slash && (slash < 0 || colon < slash) ? colon + 1 : 0;
        text = text[prefix..];
        var at = text.IndexOf('@');
        var type = at < 0 ? text : text[..at];
        var version = at < 0 ? null : text[(at + 1)..];
        SourceLocation? versionLocation = null;

        // The text sits between the quotes when it has no escapes, which resource types never need.
        if (version is not null && syntax.Span.Length == prefix + text.Length + 2)
        {
            versionLocation = new SourceLocation(file, new TextSpan(syntax.Span.Start + 1 + prefix + at + 1, version.Length));
        }

        if (parent is not null && !type.Contains('/'))
        {
            type = $"{parent.Type}/{type}";
            if (version is null)
            {
                version = parent.ApiVersion;
                versionLocation = parent.VersionLocation;
            }
        }

        return new ResourceTypeReference(type, version, location, versionLocation ?? location);
    }
}
