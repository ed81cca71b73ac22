using System.Globalization;
using System.Security.Cryptography;
using StudyBot.Guides;
using YamlDotNet.RepresentationModel;

namespace StudyBot.Testing;

/// <summary>One evaluation question.</summary>
/// <param name="Id">Stable id (the split is a hash of it); the old set has none and gets <c>old-NNN</c>.</param>
/// <param name="Question">The text as a learner typed it.</param>
/// <param name="Lang"><c>ko</c>, <c>en</c> or <c>mixed</c>; <c>offtopic</c> for questions the guides do not cover.</param>
/// <param name="Expected">Sections (<c>guide#anchor</c>) that answer it, most specific first; none when off-topic.</param>
/// <param name="Answer">Words a correct reply must show: every entry, each entry <c>a|b</c> meaning either.</param>
/// <param name="Near">Off-topic but near the domain (another IT topic).</param>
public sealed record EvalQuestion(string Id, string Question, string Lang, IReadOnlyList<string> Expected, IReadOnlyList<string> Answer, bool Near = false)
{
    public bool OffTopic => Expected.Count == 0;

    /// <summary>True when every answer entry (any of its <c>|</c> alternatives) occurs in <paramref name="text"/>
    /// (case, width and spacing ignored). False when the question names no answer words.</summary>
    public bool AnswerShownIn(string text)
    {
        if (Answer.Count == 0)
        {
            return false;
        }

        var folded = AskEvaluation.Fold(text);
        return Answer.All(entry => entry.Split('|').Any(alt => AskEvaluation.Fold(alt) is { Length: > 0 } a && folded.Contains(a, StringComparison.Ordinal)));
    }
}

/// <summary>The questions of an evaluation set, each in the <c>tune</c> or <c>holdout</c> split.</summary>
public sealed record EvalSet(string Name, IReadOnlyList<EvalQuestion> Questions, IReadOnlyDictionary<string, string> Split)
{
    public const string Tune = "tune";
    public const string Holdout = "holdout";

    public IReadOnlyList<EvalQuestion> Part(string split) => Questions.Where(q => SplitOf(q) == split).ToArray();

    public string SplitOf(EvalQuestion question) => Split[question.Id];
}

/// <summary>One fold of the tuning material (see <see cref="AskEvaluation.TuningFolds"/>).</summary>
/// <param name="Name">A or B.</param>
/// <param name="Sets">The sets it pools; only their <c>tune</c> part counts.</param>
/// <param name="Sources">The files and folders the sets are read from.</param>
public sealed record TuningFold(string Name, IReadOnlyList<EvalSet> Sets, IReadOnlyList<string> Sources)
{
    /// <summary>The tune part of every set (the learner holdout never included).</summary>
    public IReadOnlyList<EvalQuestion> Questions { get; } = Sets.SelectMany(s => s.Part(EvalSet.Tune)).ToArray();
}

/// <summary>Loads the guide Q&amp;A evaluation sets. The learner set (<c>tests/StudyBot.Tests/Guides/eval/learner/</c>,
/// written independently of the code, split once into tune/holdout by a hash of the question id) is the one that
/// counts; the old set (<c>eval/questions.yaml</c>, written alongside the first search and tuned on) is tuning
/// material only and is all <c>tune</c>.</summary>
public static class AskEvaluation
{
    /// <summary>How many sections a search returns for ranking figures.</summary>
    public const int Depth = 10;

    public static string EvalFolder => Path.Combine(Hosting.ContentPaths.FindContentRoot(), "tests", "StudyBot.Tests", "Guides", "eval");

    public static string OldFile => Path.Combine(EvalFolder, "questions.yaml");

    public static string LearnerFolder => Path.Combine(EvalFolder, "learner");

    public static bool HasLearnerSet => Directory.Exists(LearnerFolder) && File.Exists(Path.Combine(LearnerFolder, "split.tsv"));

    /// <summary>The learner set when it is present, else the old set.</summary>
    public static EvalSet LoadDefault() => HasLearnerSet ? LoadLearner() : LoadOld();

    public static EvalSet LoadOld()
    {
        var questions = LoadFile(OldFile, "old");
        return new("old (tuning material only)", questions, questions.ToDictionary(q => q.Id, _ => EvalSet.Tune));
    }

    /// <summary>Every question file of the learner folder and its committed split.</summary>
    public static EvalSet LoadLearner(string? folder = null)
    {
        folder ??= LearnerFolder;
        var files = Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        var questions = files.SelectMany(f => LoadFile(f, Path.GetFileNameWithoutExtension(f))).ToArray();
        var duplicate = questions.GroupBy(q => q.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"question id '{duplicate.Key}' is used twice");
        }

        var split = LoadSplit(Path.Combine(folder, "split.tsv"));
        if (questions.FirstOrDefault(q => !split.ContainsKey(q.Id)) is { } unsplit)
        {
            throw new InvalidDataException($"question '{unsplit.Id}' is not in split.tsv");
        }

        return new EvalSet("learner", questions, split);
    }

    public static string EngineerFolder => Path.Combine(EvalFolder, "engineer");

    /// <summary>Questions writers wrote from the guides alone, as tuning material (<c>eval/tune2/</c>): independent of the
    /// search code like a held-out set, but tuned on, so never a result.</summary>
    public static string Tune2Folder => Path.Combine(EvalFolder, "tune2");

    /// <summary>Questions an engineer wrote from the guides to probe generality while tuning (<c>eval/engineer/</c>):
    /// tuning material, all <c>tune</c>, never a result.</summary>
    public static EvalSet LoadEngineer() => LoadTuning(EngineerFolder, "engineer");

    /// <summary>The writers' tuning set (<c>eval/tune2/</c>), all <c>tune</c>.</summary>
    public static EvalSet LoadTune2() => LoadTuning(Tune2Folder, "tune2");

    private static EvalSet LoadTuning(string folder, string name)
    {
        var questions = Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(f => LoadFile(f, Path.GetFileNameWithoutExtension(f))).ToArray();
        var duplicate = questions.GroupBy(q => q.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"question id '{duplicate.Key}' is used twice");
        }

        return new($"{name} (tuning material only)", questions, questions.ToDictionary(q => q.Id, _ => EvalSet.Tune));
    }

    /// <summary>The tuning material pooled into the two folds <c>ask-fit</c> fits the ranking weights on, each judged by
    /// the weights fitted on the other: A = the learner set's tune split and the old set, B = <c>tune2</c> and
    /// <c>engineer</c>. Only tuning material: no fresh set, no learner holdout question (a test checks the sources and
    /// the questions).</summary>
    public static IReadOnlyList<TuningFold> TuningFolds() =>
    [
        new("A", [LoadLearner(), LoadOld()], [LearnerFolder, OldFile]),
        new("B", [LoadTune2(), LoadEngineer()], [Tune2Folder, EngineerFolder]),
    ];

    /// <summary>Any question file in the learner format (<c>questions</c> / <c>offtopic</c> with <c>id, q, lang, expect,
    /// answer</c> / <c>near</c>) as a set of its own, every question held out: a fresh set nobody tuned on.</summary>
    public static EvalSet LoadFresh(string file) => LoadWhole(file, EvalSet.Holdout, "all held out");

    /// <summary>A fresh set after it judged its stop (its README says when): spent, so tuning material from then on,
    /// every question <c>tune</c> — a later stop is judged by a newer set.</summary>
    public static EvalSet LoadSpent(string file) => LoadWhole(file, EvalSet.Tune, "spent: tuning material only");

    private static EvalSet LoadWhole(string file, string part, string label)
    {
        var questions = LoadFile(file, Path.GetFileNameWithoutExtension(file));
        var duplicate = questions.GroupBy(q => q.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"question id '{duplicate.Key}' is used twice");
        }

        return new EvalSet($"{Path.GetFileName(file)} ({label})", questions, questions.ToDictionary(q => q.Id, _ => part));
    }

    /// <summary>The combined file of every committed fresh set (<c>eval/&lt;name&gt;/&lt;name&gt;.yaml</c> beside its
    /// <c>SHA256SUMS</c>, e.g. <c>fresh</c>, <c>eval3</c>, <c>eval4</c>): each was written from the guides only, hashed
    /// before use and is held out whole.</summary>
    public static IReadOnlyList<string> FreshSetFiles() =>
        Directory.EnumerateDirectories(EvalFolder).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "SHA256SUMS")))
            .Select(d => Path.Combine(d, Path.GetFileName(d) + ".yaml"))
            .ToArray();

    /// <summary>Two folds inside the tune split, by a second hash of the question id (bytes 4–7 of SHA-256, mod 2):
    /// a setting chosen on one fold is checked on the other, so a threshold fitted to the tune questions shows.</summary>
    public static int FoldOf(string id) =>
        (int)(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(4)) % 2);

    /// <summary>The split rule written in <c>split.tsv</c>'s header: tune when the first 4 bytes of SHA-256(UTF-8 id), read
    /// big-endian, mod 100 are below 60 (a test checks the committed file follows it).</summary>
    public static string SplitByHash(string id) =>
        System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(id))) % 100 < 60 ? EvalSet.Tune : EvalSet.Holdout;

    /// <summary>Reads the committed split (<c>split.tsv</c>: <c>id&lt;TAB&gt;part</c> per line, <c>#</c> comments).</summary>
    public static IReadOnlyDictionary<string, string> LoadSplit(string file)
    {
        var split = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file))
        {
            var fields = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length >= 2 && !fields[0].StartsWith('#') && SplitName(fields[1]) is { } part)
            {
                split[fields[0]] = part;
            }
        }

        return split;
    }

    private static string? SplitName(string value) => value.Trim().ToLowerInvariant() switch
    {
        EvalSet.Tune => EvalSet.Tune,
        EvalSet.Holdout => EvalSet.Holdout,
        _ => null,
    };

    /// <summary>Reads one question file (learner format: <c>id, q, lang, expect, answer</c> and off-topic <c>id, q, near</c>;
    /// old format: <c>q, group, expect</c> and off-topic plain strings).</summary>
    public static IReadOnlyList<EvalQuestion> LoadFile(string file, string prefix)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(file))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var result = new List<EvalQuestion>();
        var n = 0;
        foreach (var node in Children(root, "questions"))
        {
            var m = (YamlMappingNode)node;
            n++;
            result.Add(new EvalQuestion(
                Scalar(m, "id") ?? $"{prefix}-{n:000}",
                Scalar(m, "q") ?? throw new InvalidDataException($"{file}: question {n} has no q"),
                Scalar(m, "lang") ?? Scalar(m, "group") ?? "ko",
                List(m, "expect"),
                List(m, "answer")));
        }

        n = 0;
        foreach (var node in Children(root, "offtopic"))
        {
            n++;
            result.Add(node is YamlMappingNode m
                ? new EvalQuestion(Scalar(m, "id") ?? $"{prefix}-off-{n:000}", Scalar(m, "q")!, "offtopic", [], [], Scalar(m, "near") is "true" or "True")
                : new EvalQuestion($"{prefix}-off-{n:000}", ((YamlScalarNode)node).Value!, "offtopic", [], []));
        }

        return result;
    }

    private static IEnumerable<YamlNode> Children(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq ? seq.Children : [];

    private static string? Scalar(YamlMappingNode m, string key) =>
        m.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;

    private static IReadOnlyList<string> List(YamlMappingNode m, string key) =>
        m.Children.TryGetValue(new YamlScalarNode(key), out var v)
            ? v switch
            {
                YamlSequenceNode seq => seq.Children.Select(c => ((YamlScalarNode)c).Value!).ToArray(),
                YamlScalarNode { Value: { Length: > 0 } one } => [one],
                _ => [],
            }
            : [];

    /// <summary>Case, width and spacing folded, for answer-word matching.</summary>
    public static string Fold(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>1-based rank of the first expected section among <paramref name="keys"/>, or 0.</summary>
    public static int Rank(IReadOnlyList<string> keys, EvalQuestion question)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (question.Expected.Contains(keys[i], StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Rank by an index directly (no host): for tests of the ranking alone.</summary>
    public static int Rank(IReadOnlyList<GuideHit> hits, EvalQuestion question) => Rank(hits.Select(h => h.Section.Key).ToArray(), question);
}
