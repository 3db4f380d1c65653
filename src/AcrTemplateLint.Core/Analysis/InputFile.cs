using AcrTemplateLint.Text;

namespace AcrTemplateLint.Analysis;

/// <summary>A file to analyse, read once. <see cref="Explicit"/> means it was named on the command line.</summary>
public sealed record InputFile(SourceFile Source, InputKind Kind, bool Explicit);
