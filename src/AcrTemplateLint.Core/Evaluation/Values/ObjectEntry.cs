using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Values;

/// <summary>A property of an object value; the key's own location lets a finding point at "properties" when a value is absent.</summary>
public sealed record ObjectEntry(string Key, Value Value, SourceLocation? KeyOrigin);
