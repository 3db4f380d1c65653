using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>A parsed and bound Bicep file, with the diagnostics of lexing, parsing and binding it.</summary>
public sealed record BicepFile(SemanticModel Model, ImmutableArray<Diagnostic> Diagnostics)
{
    public SourceFile Source => Model.File;

    /// <summary>Whether the text has a #disable pragma at all: most files have none, and need no walk to find them.</summary>
    public bool HasPragmas { get; init; }
}
