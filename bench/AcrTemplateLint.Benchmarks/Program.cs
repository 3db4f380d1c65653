using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/AcrTemplateLint.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
