using System.Collections.Immutable;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>
/// A node of a rule or configuration document, whether it was written in YAML (rule files, .acrlint.yaml) or JSON
/// (the built-in rule bundle, which spares start-up the YAML parser). Every node knows where it was written.
/// </summary>
internal abstract record DocumentNode(SourceLocation Location);

internal sealed record DocumentMapping(ImmutableArray<DocumentEntry> Children, SourceLocation Location) : DocumentNode(Location);

internal sealed record DocumentEntry(DocumentScalar Key, DocumentNode Value);

internal sealed record DocumentSequence(ImmutableArray<DocumentNode> Children, SourceLocation Location) : DocumentNode(Location);

/// <summary>
/// A scalar. <see cref="IsPlain"/> is a YAML plain scalar or a JSON number, boolean or null (typed when read as a
/// value); quoted YAML scalars and JSON strings are always strings. <see cref="Literal"/> maps positions inside the
/// text back to the file, for "[...]" expressions.
/// </summary>
internal sealed record DocumentScalar(string? Value, bool IsPlain, JsonString Literal, SourceLocation Location) : DocumentNode(Location);
