using StudyBot.Benchmarks;

// dotnet run -c Release --project tests/StudyBot.Benchmarks -- <name> [options]; no name lists them.
return await BenchCommands.RunAsync(args);
