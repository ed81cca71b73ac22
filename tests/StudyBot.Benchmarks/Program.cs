using StudyBot.Benchmarks;

// dotnet run -c Release --project tests/StudyBot.Benchmarks -- <name> [options]; no name lists them, <name> --help shows one.
return await BenchCommands.RunAsync(args);
