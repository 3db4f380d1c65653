using AcrTemplateLint.Cli;

// The only place that touches the console; everything else writes to the streams it is given.
var console = new ConsoleStreams(Console.OpenStandardOutput(), Console.Error);
return CliApp.Run(args, console);
