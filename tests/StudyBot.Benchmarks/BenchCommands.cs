using System.Reflection;

namespace StudyBot.Benchmarks;

/// <summary>Names a benchmark or evaluation on the command line and says what it measures: as with a chat command's
/// <c>[Command]</c>, the attribute is the registration and the help line.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class BenchAttribute(string name, string description) : Attribute
{
    /// <summary>Name on the command line, e.g. <c>messages-load</c>.</summary>
    public string Name { get; } = name;

    public string Description { get; } = description;
}

/// <summary>A benchmark or evaluation run from the command line. Each prints its figures and a baseline measured in
/// the same run.</summary>
public interface IBenchCommand
{
    /// <summary>The options the help line lists after the description (none: the description says them).</summary>
    string Usage => string.Empty;

    Task<int> RunAsync(string[] args);
}

/// <summary>A benchmark whose command line is the record <typeparamref name="TOptions"/> (see <see cref="BenchOptions"/>):
/// its options are parsed, checked and listed in the help from that one declaration.</summary>
public abstract class Bench<TOptions> : IBenchCommand
{
    public string Usage => BenchOptions.Usage<TOptions>();

    public Task<int> RunAsync(string[] args) => RunAsync(BenchOptions.Parse<TOptions>(args));

    protected abstract Task<int> RunAsync(TOptions options);
}

public static class BenchCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var commands = typeof(BenchCommands).Assembly.GetTypes()
            .Where(t => typeof(IBenchCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (Bench: t.GetCustomAttribute<BenchAttribute>() ?? throw new InvalidOperationException($"{t.FullName} needs a [Bench] attribute (its name and description)"), Type: t))
            .OrderBy(c => c.Bench.Name, StringComparer.Ordinal)
            .ToArray();

        var chosen = args.Length > 0 ? commands.FirstOrDefault(c => c.Bench.Name == args[0]) : default;
        if (chosen.Type is null)
        {
            Console.WriteLine("usage: StudyBot.Benchmarks <command> [options]");
            foreach (var (bench, type) in commands)
            {
                Console.WriteLine($"  {bench.Name,-18} {bench.Description} {Create(type).Usage}".TrimEnd());
            }

            return args.Length == 0 ? 0 : 2;
        }

        // --help prints the command's help line and runs nothing: an evaluation run by default reads held-out data, so asking
        // how to call it must not run it.
        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            Console.WriteLine($"{chosen.Bench.Name}: {chosen.Bench.Description} {Create(chosen.Type).Usage}".TrimEnd());
            return 0;
        }

        try
        {
            return await Create(chosen.Type).RunAsync(args[1..]);
        }
        catch (BenchOptionException e)
        {
            Console.Error.WriteLine($"{chosen.Bench.Name}: {e.Message}; options: {Create(chosen.Type).Usage}");
            return 2;
        }
    }

    private static IBenchCommand Create(Type type) => (IBenchCommand)Activator.CreateInstance(type)!;
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
