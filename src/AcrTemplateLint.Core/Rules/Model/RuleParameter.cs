using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Model;

/// <summary>A rule parameter with its default; `.acrlint.yaml` can override the value. Conditions read it with parameters('name').</summary>
public sealed record RuleParameter(string Name, Value Default, string? Description, SourceLocation? Location);
