namespace AcrTemplateLint.Cli;

/// <summary>Where the command writes: stdout as bytes (reports are UTF-8 without BOM) and stderr as text.</summary>
public sealed record ConsoleStreams(Stream Out, TextWriter Error);
