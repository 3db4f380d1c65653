using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>One diagnostic or rule code named by a pragma, with its own span so an unused suppression can point at it.</summary>
/// <remarks>A class: collections of a struct of ours are generic framework code the JIT compiles in every run.</remarks>
public sealed record PragmaCode(string Code, TextSpan Span);
