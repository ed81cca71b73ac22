using System.Reflection;

namespace StudyBot.Benchmarks;

/// <summary>A benchmark or evaluation run from the command line. Each prints its figures and a baseline measured in
/// the same run.</summary>
public interface IBenchCommand
{
    /// <summary>Name on the command line, e.g. <c>messages-load</c>.</summary>
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(string[] args);
}

public static class BenchCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var commands = typeof(BenchCommands).Assembly.GetTypes()
            .Where(t => typeof(IBenchCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IBenchCommand)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();

        var command = args.Length > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
        if (command is null)
        {
            Console.WriteLine("usage: StudyBot.Benchmarks <command> [options]");
            foreach (var c in commands)
            {
                Console.WriteLine($"  {c.Name,-18} {c.Description}");
            }

            return args.Length == 0 ? 0 : 2;
        }

        return await command.RunAsync(args[1..]);
    }
}

/// <summary>Latency figures of a run.</summary>
public sealed record LatencySummary(int Count, double P50, double P90, double P99, double Max, double PerSecond)
{
    public static LatencySummary From(IReadOnlyList<double> millis, TimeSpan wall)
    {
        var sorted = millis.Order().ToArray();
        double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LatencySummary(sorted.Length, P(0.50), P(0.90), P(0.99), sorted.LastOrDefault(), sorted.Length / wall.TotalSeconds);
    }

    public override string ToString() =>
        FormattableString.Invariant($"n={Count} p50={P50:F2} ms p90={P90:F2} ms p99={P99:F2} ms max={Max:F2} ms ({PerSecond:F0}/s)");
}

