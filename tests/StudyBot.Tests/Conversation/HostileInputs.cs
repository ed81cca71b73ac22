using System.Globalization;

namespace StudyBot.Tests.Conversation;

/// <summary>Hostile text for the fuzz test, reproducible from a seed: random lengths (mostly short, sometimes up to
/// hundreds of KB), mixed scripts, combining marks, characters that NFKC expands, control and bidi characters, lone
/// surrogates, and markup that parsers nest or scan (brackets, backticks, Slack <c>&lt;…&gt;</c>, umbrella prefixes).</summary>
internal sealed class HostileInputs(int seed)
{
    private static readonly string[] Alphabets =
    [
        "가나다라마바사아자차카타파하쿠버네티스오퍼레이터",
        "abcdefghijklmnopqrstuvwxyz-0123456789",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "مرحبا بالعالم",
        "שלום עולם",
        "日本語の漢字かなカナ中文字符",
        "Ελληνικάкириллица",
        "ｋ８ｓ－ｏｐｅｒａｔｏｒ０１２",
        "😀👩‍👩‍👧‍👦🇰🇷🏳️‍🌈🧑🏽‍💻",
        "\u0301\u0302\u0303\u0336\u20DD\u0489",
        "ﷺ㍿ﬀ℻⑽㈱",
        "ᄀ까ᅢᆨᆩ",
        "-_./#@:`*[](){}<>|&~!?'\"\\",
        "\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u007F\u0085",
        "\u200B\u200C\u200D\u200E\u202A\u202E\u2066\u2069\uFEFF\uFFFD",
        "\r\n\t \u00A0\u2028\u2029\u3000",
    ];

    private static readonly string[] Fragments =
    [
        "/study ", "study ", "/", "<@U123|kim>", "<@UBOT1>", "<!channel>", "<#C1|general>", "<https://x.example|x>",
        "<at>StudyBot</at>", "@StudyBot", "```", "**", "_", "`", "[", "](", ")", "{#", "}", "&amp;", "&lt;", "%00", "%",
        "k8s-operator", "helm-chart", "k8s-week3-part3#", "devops-k8s-5weeks", "up ", "down ", "create ", "subscribe ",
        "'; DROP TABLE Completions;--", "../../etc/passwd", "{{lang}}", "{command}", "${jndi:ldap://x}", "<script>alert(1)</script>",
    ];

    private readonly Random _random = new(seed);

    public int Seed { get; } = seed;

    /// <summary>A length: usually a word or a sentence, sometimes a paste, now and then far beyond any cap.</summary>
    public int Length() => _random.Next(100) switch
    {
        < 45 => _random.Next(0, 24),
        < 75 => _random.Next(24, 400),
        < 90 => _random.Next(400, 4_100),
        < 97 => _random.Next(4_100, 40_000),
        _ => _random.Next(40_000, 120_000),
    };

    public string Text() => Text(Length());

    public string Text(int length)
    {
        var sb = new StringBuilder(length + 16);
        while (sb.Length < length)
        {
            switch (_random.Next(10))
            {
                case < 5:
                    var alphabet = Alphabets[_random.Next(Alphabets.Length)];
                    var run = _random.Next(1, 12);
                    for (var i = 0; i < run; i++)
                    {
                        sb.Append(alphabet[_random.Next(alphabet.Length)]);
                    }

                    break;
                case < 8:
                    sb.Append(Fragments[_random.Next(Fragments.Length)]);
                    break;
                case 8:
                    // Any code point of the BMP, lone surrogates included.
                    sb.Append((char)_random.Next(0, 0x10000));
                    break;
                default:
                    // A run of one markup character: what nested or scanning parsers choke on.
                    sb.Append(Fragments[_random.Next(Fragments.Length)][0], _random.Next(1, Math.Max(2, length / 4)));
                    break;
            }
        }

        return sb.ToString(0, Math.Min(sb.Length, length));
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public int Next(int max) => _random.Next(max);

    /// <summary>The classics: inputs that broke or could break a parser, at sizes around every cap.</summary>
    public static IEnumerable<(string Name, string Text)> Classics()
    {
        yield return ("umbrella x30000", string.Concat(Enumerable.Repeat("/study ", 30_000)) + "help");
        yield return ("umbrella no slash x30000", string.Concat(Enumerable.Repeat("study ", 30_000)) + "done k8s-operator");
        yield return ("done 200000-char word", "/done " + new string('k', 200_000));
        yield return ("done 3990-char word", "/done " + new string('k', 3_990));
        yield return ("done 30 ids + note", "/done " + string.Join(' ', Enumerable.Range(0, 40).Select(i => "k8s-op-" + i.ToString(CultureInfo.InvariantCulture))) + " 메모");
        yield return ("backticks x100000", new string('`', 100_000));
        yield return ("bold markers x50000", string.Concat(Enumerable.Repeat("**", 50_000)));
        yield return ("slack markup x30000", string.Concat(Enumerable.Repeat("<a|", 30_000)));
        yield return ("angle brackets x100000", new string('<', 100_000));
        yield return ("mentions x20000", string.Concat(Enumerable.Repeat("<@U1> ", 20_000)));
        yield return ("brackets nested x50000", new string('[', 50_000) + new string(']', 50_000));
        yield return ("hangul word 3999", new string('가', 3_999));
        yield return ("hangul word at the ask cap", "/ask " + new string('쿠', 600));
        yield return ("ask mixed 4000", "/ask " + string.Concat(Enumerable.Repeat("k8s오토스케일링HPA계산공식 ", 250))[..3_990]);
        yield return ("zalgo", "/ask " + string.Concat(Enumerable.Repeat("a\u0301\u0302\u0303\u0304\u0305\u0306", 500)));
        yield return ("NFKC expansion", "/done " + new string('ﷺ', 3_000));
        yield return ("controls", "/done \u0000\u0001k8s-operator\u202E\u200B" + new string('\u0000', 3_000));
        yield return ("only whitespace", new string(' ', 3_000) + "\t\r\n\u3000\u00A0");
        yield return ("section key flood", "/section " + new string('#', 3_000));
        yield return ("feedback flood", "/feedback up " + string.Concat(Enumerable.Repeat("a#", 1_900)));
        yield return ("progress mentions", "/progress " + string.Concat(Enumerable.Repeat("@kim ", 700)));
        yield return ("cohort create garbage", "/cohort create " + new string('x', 1_000) + " zz 2026-13-45 Mars/Olympus xx 25:99");
    }
}
