using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>One diagnostic or rule code named by a pragma, with its own span so an unused suppression can point at it.</summary>
public readonly record struct PragmaCode(string Code, TextSpan Span);
