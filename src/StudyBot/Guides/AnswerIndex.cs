using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace StudyBot.Guides;

/// <summary>Every <see cref="AnswerUnit"/> of the guides with the keys retrieval analyses text into: English stems (as the
/// index's English fields, camel-case identifiers split) and, for Korean, every substring of two syllables or more of
/// each Hangul word (what the index's bigram fields match, without the bigram noise: "프로메테우스" is not found
/// through the "프로" of "프로젝트"). Postings map a key to the units whose own text has it; document frequencies over
/// units weigh rare words up. Immutable; built with the index.</summary>
public sealed partial class AnswerIndex
{
    private readonly Dictionary<string, int[]> _latin;
    private readonly Dictionary<string, int[]> _lemmas;
    private readonly Dictionary<string, int[]> _hangul;
    private readonly Dictionary<string, int[]> _opens;
    private readonly HashSet<string> _latinWords;
    private readonly HashSet<string> _starts;
    private readonly HashSet<string> _ownWords;

    public AnswerIndex(GuideCatalog catalog)
    {
        var units = new List<AnswerUnit>();
        var blocks = new List<string>();
        var languages = new List<string>();
        var first = 0;
        foreach (var guide in catalog.Guides)
        {
            AnswerUnitParser.Parse(guide, first, units, blocks, languages);
            first += guide.Sections.Count;
        }

        Units = units;
        Blocks = blocks;
        BlockLanguages = languages;
        CodeLanguages = languages.Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        Sections = catalog.Sections;
        _guideNames = catalog.Guides.Select(g => g.Name).ToArray();
        GuideSections = Enumerable.Range(0, Sections.Count).GroupBy(s => Sections[s].Guide, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        // Section tree: the parent of a section is the nearest earlier section of the same guide with a lower level.
        SectionParent = new int[Sections.Count];
        HeadingUnit = Enumerable.Repeat(-1, Sections.Count).ToArray();
        SectionUnits = Enumerable.Range(0, Sections.Count).Select(_ => new List<int>()).ToArray();
        for (var s = 0; s < Sections.Count; s++)
        {
            SectionParent[s] = -1;
            for (var p = s - 1; p >= 0 && Sections[p].Guide == Sections[s].Guide; p--)
            {
                if (Sections[p].Level < Sections[s].Level)
                {
                    SectionParent[s] = p;
                    break;
                }
            }
        }

        var within = Enumerable.Range(0, Sections.Count).Select(_ => new List<int>()).ToArray();
        foreach (var unit in units)
        {
            for (var s = unit.Section; s >= 0; s = SectionParent[s])
            {
                within[s].Add(unit.Id);
            }

            SectionUnits[unit.Section].Add(unit.Id);
            if (unit.Kind == UnitKind.Heading && HeadingUnit[unit.Section] < 0)
            {
                HeadingUnit[unit.Section] = unit.Id;
            }
        }

        UnitsWithin = [.. within.Select(w => w.ToArray())];

        // A fence's parts: its runs of lines between blank lines (a YAML file of several documents, a script of steps),
        // and the part each of its lines is in (a fence's units are its non-blank lines, in order).
        var blockUnits = units.Where(u => u.Block >= 0).GroupBy(u => u.Block).ToDictionary(g => g.Key, g => g.ToArray());
        UnitPart = Enumerable.Repeat(-1, units.Count).ToArray();
        var parts = new string[blocks.Count][];
        for (var b = 0; b < blocks.Count; b++)
        {
            var runs = new List<List<string>>();
            var next = 0;
            var own = blockUnits.GetValueOrDefault(b) ?? [];
            foreach (var line in blocks[b].Split('\n'))
            {
                if (line.Trim().Length == 0)
                {
                    if (runs.Count > 0 && runs[^1].Count > 0)
                    {
                        runs.Add([]);
                    }

                    continue;
                }

                if (runs.Count == 0)
                {
                    runs.Add([]);
                }

                runs[^1].Add(line);
                if (next < own.Length)
                {
                    UnitPart[own[next++].Id] = runs.Count - 1;
                }
            }

            parts[b] = runs.Where(r => r.Count > 0).Select(r => string.Join('\n', r)).ToArray();
        }

        BlockParts = parts;

        var wordCounts = new int[units.Count];
        var starts = new HashSet<string>(StringComparer.Ordinal);
        var hangulWords = new HashSet<string>(StringComparer.Ordinal);
        var latin = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var lemmas = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var hangul = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var opens = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        _latinWords = new HashSet<string>(StringComparer.Ordinal);
        var latinPairs = new HashSet<string>(StringComparer.Ordinal);
        // The guides' own Hangul words, particles stripped: a piece of a loanword the guides also write as a word is theirs.
        // A guide word recurs in many lines: what it spells and which of its starts spell another word is read once.
        var loans = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var otherWords = new Dictionary<(string, string), bool>();
        bool OtherWord(string start, string rest, IReadOnlyList<string> whole)
        {
            if (!otherWords.TryGetValue((start, rest), out var other))
            {
                otherWords[(start, rest)] = other = IsOtherWord(start, rest, whole);
            }

            return other;
        }

        // Whether a start the guides write alone spells only unrelated words, read once per start and stem (Loan reads the stem).
        var unrelated = new Dictionary<(string, string), bool>();
        bool Unrelated(string start, string stem, IReadOnlyList<string> whole)
        {
            if (!unrelated.TryGetValue((start, stem), out var spells))
            {
                unrelated[(start, stem)] = spells = SpellsUnrelatedWord(start, whole);
            }

            return spells;
        }

        var ownWords = units.SelectMany(u => QueryText.Words(u.Text)).Where(w => QueryText.IsHangul(w[0])).Select(w => QueryText.StripParticle(w)).ToHashSet(StringComparer.Ordinal);
        _ownWords = ownWords;
        foreach (var unit in units)
        {
            foreach (var stem in LatinStems.OfText(unit.Text))
            {
                Add(latin, stem, unit.Id);
            }

            foreach (var lemma in LatinStems.LemmasOfText(unit.Text))
            {
                Add(lemmas, lemma, unit.Id);
            }

            var words = QueryText.Words(unit.Text);
            wordCounts[unit.Id] = Math.Max(1, words.Count(w => !w.All(char.IsDigit)));
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                if (QueryText.IsHangul(word[0]))
                {
                    // Every piece of two syllables or more, the word itself (one syllable too: "키"), and the word
                    // written together with the next one ("키 페어" → "키페어"), as learners slip on spacing.
                    Add(hangul, word, unit.Id);

                    // A one-syllable noun under its particle ("팀에서", "룰이") is that noun too: no piece of two
                    // syllables or more finds it, so a question's bare "팀" met nothing.
                    if (QueryText.OneSyllableNoun(word) is { } noun)
                    {
                        Add(hangul, noun, unit.Id);
                    }

                    // A unit of time glued to digits with a suffix of frequency or duration ("15초마다", "5일간") is
                    // a word of the line: the glossary's 초 "seconds" met no "15초마다" before.
                    if (w > 0 && char.IsAsciiDigit(words[w - 1][^1]) && Measure.TimeUnitAfterDigits(word) is { } timeUnit)
                    {
                        Add(hangul, timeUnit, unit.Id);
                    }

                    if (word.Length >= 3)
                    {
                        hangulWords.Add(QueryText.StripParticle(word));
                    }

                    for (var j = 1; j <= word.Length; j++)
                    {
                        starts.Add(word[..j]);
                    }

                    // A word that spells one English word (포트폴리오, portfolio) is that word, as its English spelling is:
                    // a start of it spelling another English word is no word of it — 포트 (port) is not in 포트폴리오 —
                    // unless the guides write that start as a word of their own, or it is the word the whole is a form
                    // of (모니터링) or a compound of (체크리스트) (IsOtherWord). Such a start stays a piece
                    // (OpeningPostings), as the half of a longer word a learner types may be found there.
                    var stem = QueryText.StripParticle(word);
                    if (!loans.TryGetValue(stem, out var loan))
                    {
                        loans[stem] = loan = Loan(stem);
                    }

                    for (var i = 0; i < word.Length - 1; i++)
                    {
                        // A piece opening the word, or opening its part after a word the guides write alone (서버가상화:
                        // 가상화) — where a learner's longer word is looked for by its start (OpeningPostings).
                        var opensPart = i == 0 || ownWords.Contains(word[..i]);
                        for (var j = i + 2; j <= word.Length; j++)
                        {
                            if (opensPart)
                            {
                                Add(opens, word[i..j], unit.Id);
                            }

                            if (loan.Count == 0 || i > 0 || j >= stem.Length
                                || (ownWords.Contains(word[..j]) ? !Unrelated(word[..j], stem, loan) : !OtherWord(word[..j], stem[j..], loan)))
                            {
                                Add(hangul, word[i..j], unit.Id);
                            }
                        }
                    }

                    if (w + 1 < words.Length && QueryText.IsHangul(words[w + 1][0]))
                    {
                        for (var j = 1; j <= words[w + 1].Length; j++)
                        {
                            Add(opens, word + words[w + 1][..j], unit.Id);
                        }

                        Add(hangul, word + words[w + 1], unit.Id);
                        starts.Add(word + words[w + 1]);
                        Add(hangul, word + QueryText.StripParticle(words[w + 1]), unit.Id);
                    }
                }
                else if (word.Length >= 3 && !char.IsDigit(word[0]))
                {
                    _latinWords.Add(word);
                    if (w > 0 && words[w - 1] is { Length: >= 3 } previous && !QueryText.IsHangul(previous[0]) && !char.IsDigit(previous[0]))
                    {
                        latinPairs.Add(previous + " " + word);
                    }
                }
            }
        }

        WordCount = wordCounts;
        _places = PlacesWritten(units);
        LatinPairs = latinPairs;
        _starts = starts;
        _latin = latin.ToDictionary(x => x.Key, x => x.Value.Order().ToArray(), StringComparer.Ordinal);
        _lemmas = lemmas.ToDictionary(x => x.Key, x => x.Value.Order().ToArray(), StringComparer.Ordinal);
        _hangul = hangul.ToDictionary(x => x.Key, x => x.Value.Order().ToArray(), StringComparer.Ordinal);
        _opens = opens.ToDictionary(x => x.Key, x => x.Value.Order().ToArray(), StringComparer.Ordinal);
        LatinWordsByLength = _latinWords.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToArray());
        AddressWords = units.SelectMany(u => LinkAddress().Matches(u.Text)).SelectMany(m => LatinRun().Matches(m.Value.ToLowerInvariant()))
            .Select(m => m.Value).Where(w => w.Length >= MinAddressWord && _latinWords.Contains(w)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        HangulWordsByLength = hangulWords.Where(w => w.Length >= 3).GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The English words a Hangul word of three syllables or more spells whole as a loanword (two consonants
    /// are enough where every vowel fits: 메시지 "message").</summary>
    private static IReadOnlyList<string> Loan(string stem) => stem.Length >= 3 ? EnglishWords.SpelledBy(stem, minConsonants: 2) : [];

    /// <summary>Whether the start of a loanword spells only English words that are no part of the whole's: neither
    /// opening it nor sharing its stem — 메시 (mesh) in 메시지 (message). Asked of a start the guides write alone (서비스
    /// 메시), which otherwise stays a piece of the longer word: a question's 메시 must not find the message lines.</summary>
    private static bool SpellsUnrelatedWord(string start, IReadOnlyList<string> whole)
    {
        // The whole read as the everyday word it spells when it spells one: 메시지 is "message", not "messier", which
        // 메시 spells too.
        if (whole.Where(EnglishWords.IsEverydayAsWritten).ToArray() is { Length: > 0 } everyday)
        {
            whole = everyday;
        }

        var spelled = EnglishWords.SpelledBy(start, minConsonants: 2);
        return spelled.Count > 0 && !spelled.Any(b => whole.Any(w => Opens(w, b) || LatinStems.Of(w).Intersect(LatinStems.Of(b)).Any()));
    }

    private readonly Dictionary<(CourseUnit, int, int), int[]> _places;

    /// <summary>The ranges of weeks, days, stages or months the lines write ("Day 3-4: 구현 및 테스트", "(3-4개월)"), read as
    /// a question's are (<see cref="CourseReferences"/>), and the lines writing each.</summary>
    private static Dictionary<(CourseUnit, int, int), int[]> PlacesWritten(List<AnswerUnit> units)
    {
        var places = new Dictionary<(CourseUnit, int, int), HashSet<int>>();
        foreach (var unit in units)
        {
            // Only a line with a digit can write a numbered range.
            if (!unit.Text.Any(char.IsAsciiDigit))
            {
                continue;
            }

            foreach (var place in CourseReferences.Find(QueryText.Words(unit.Text)))
            {
                if (place.Name is null && place.Shift == 0 && place.To > place.From && place.From != CourseMap.Last)
                {
                    if (!places.TryGetValue((place.Unit, place.From, place.To), out var set))
                    {
                        places[(place.Unit, place.From, place.To)] = set = [];
                    }

                    set.Add(unit.Id);
                }
            }
        }

        return places.ToDictionary(x => x.Key, x => x.Value.Order().ToArray());
    }

    /// <summary>The lines that write the range <paramref name="from"/>–<paramref name="to"/> of <paramref name="unit"/>
    /// themselves ("Day 3-4"), in order; empty when none does.</summary>
    public IReadOnlyList<int> WritingPlace(CourseUnit unit, int from, int to) => _places.GetValueOrDefault((unit, from, to)) ?? [];

    private const int MaxCachedStarts = 20_000;

    private readonly ConcurrentDictionary<(string, int), bool> _unrelatedStarts = new();

    /// <summary>Whether the first <paramref name="length"/> syllables of a question's Hangul word are a word the guides
    /// write alone that spells an English word unrelated to the one the whole spells (see
    /// <see cref="SpellsUnrelatedWord"/>): a learner's 메시지 is not looked for where the guides' 메시 is. A start the
    /// guides do not write alone (커스 of 커스텀) is still looked for where a word opens with it (커스터마이징).</summary>
    public bool StartSpellsUnrelatedWord(string word, int length)
    {
        if (length < 2 || length >= word.Length || !_ownWords.Contains(word[..length]))
        {
            return false;
        }

        // Learners' words are unbounded: the cache stops growing once full, as LatinStems' does.
        if (_unrelatedStarts.TryGetValue((word, length), out var known))
        {
            return known;
        }

        var unrelated = Loan(word) is { Count: > 0 } loan && SpellsUnrelatedWord(word[..length], loan);
        if (_unrelatedStarts.Count < MaxCachedStarts)
        {
            _unrelatedStarts.TryAdd((word, length), unrelated);
        }

        return unrelated;
    }

    /// <summary>Whether the start of a loanword spells an English word of its own, not one the whole is a form of, nor a
    /// compound of with the rest: 포트 (port) in 포트폴리오 (portfolio); not 모니터 (monitor) in 모니터링 (monitoring), nor
    /// 체크 (check) in 체크리스트 (checklist: check and list). A start that spells no word (라우 of 라우팅) is only a
    /// start a learner's word may share.</summary>
    private static bool IsOtherWord(string start, string rest, IReadOnlyList<string> whole)
    {
        var own = EnglishWords.SpelledBy(start, minConsonants: 2).Where(b => whole.Any(w => Opens(w, b))).ToArray();
        if (own.Length == 0 || own.Any(b => whole.Any(w => Opens(w, b) && LatinStems.Of(w).Intersect(LatinStems.Of(b)).Any())))
        {
            return false;
        }

        // Two everyday words: check and list are; port and folio (a rarer word) are not.
        var tail = EnglishWords.SpelledBy(rest, minConsonants: 2).Where(EnglishWords.IsEverydayAsWritten).ToArray();
        return !own.Any(b => whole.Any(w => tail.Any(t => w == b + t || w == b + t + "s")));
    }

    // The start's word opens the whole as written or without its silent final e, which the whole's next letters
    // replace: apple (애플) opens application (애플리케이션) as port opens portfolio.
    private static bool Opens(string whole, string start) =>
        whole.StartsWith(start, StringComparison.Ordinal)
        || (start.Length >= 4 && start[^1] == 'e' && whole.StartsWith(start[..^1], StringComparison.Ordinal));

    private static void Add(Dictionary<string, HashSet<int>> postings, string key, int unit)
    {
        if (!postings.TryGetValue(key, out var set))
        {
            postings[key] = set = [];
        }

        set.Add(unit);
    }

    public IReadOnlyList<AnswerUnit> Units { get; }

    /// <summary>Per unit: how many words it has (numbers not counted), for how much of a line a question covers.</summary>
    public int[] WordCount { get; }

    /// <summary>The whole text of each fence (code is shown whole).</summary>
    public IReadOnlyList<string> Blocks { get; }

    /// <summary>Per fence: its parts (runs of lines between blank lines).</summary>
    public IReadOnlyList<string[]> BlockParts { get; }

    /// <summary>Per unit: the part of its fence it is in (see <see cref="BlockParts"/>), or -1.</summary>
    public int[] UnitPart { get; }

    public IReadOnlyList<GuideSection> Sections { get; }

    /// <summary>Per guide name: its sections, in order (the first is its title).</summary>
    public IReadOnlyDictionary<string, int[]> GuideSections { get; }

    /// <summary>Per section: its parent section, or -1.</summary>
    public int[] SectionParent { get; }

    /// <summary>Per section: the unit of its own heading.</summary>
    public int[] HeadingUnit { get; }

    /// <summary>Per section: its own units (not its sub-sections'), in document order.</summary>
    public List<int>[] SectionUnits { get; }

    /// <summary>Per section: the units of it and its sub-sections (<see cref="IsWithin"/>), in document order.</summary>
    public int[][] UnitsWithin { get; }

    /// <summary>The guides' Latin words (lower case, three letters or more) by length, for typo correction.</summary>
    public IReadOnlyDictionary<int, string[]> LatinWordsByLength { get; }

    /// <summary>The guides' Hangul words of three syllables or more (particle stripped) by length, for typo correction.</summary>
    public IReadOnlyDictionary<int, string[]> HangulWordsByLength { get; }

    /// <summary>Two of the guides' Latin words written one after the other ("fluent bit"), lower case, for names of two
    /// words written as one in Hangul (플루언트빗).</summary>
    public IReadOnlyCollection<string> LatinPairs { get; }

    public bool IsLatinWord(string word) => _latinWords.Contains(word);

    /// <summary>The shortest run-together word of a link's address kept in <see cref="AddressWords"/>.</summary>
    private const int MinAddressWord = 8;

    [GeneratedRegex(@"https?://[^\s)]+")]
    private static partial Regex LinkAddress();

    [GeneratedRegex("[a-z]+")]
    private static partial Regex LatinRun();

    /// <summary>The long Latin words (lower case, eight letters or more) of the guides' link addresses, where names are
    /// written run together ("github.com/kelseyhightower/…", "operatorframework.io"): a learner names the link by a part
    /// of such a word ("the Kelsey Hightower one").</summary>
    public IReadOnlyList<string> AddressWords { get; }

    /// <summary>The language tags of the guides' code fences ("yaml", "bash"): the guides write such code, though their
    /// text seldom names it.</summary>
    public IReadOnlySet<string> CodeLanguages { get; }

    /// <summary>The guides' names ("networking", "infra-platform"): a learner names a guide by its name or the start of
    /// it ("the net guide", "infra 쪽").</summary>
    private readonly string[] _guideNames;

    /// <summary>The guides' names ("networking", "infra-platform"), in the catalog's order.</summary>
    public IReadOnlyList<string> GuideNames => _guideNames;

    /// <summary>The one guide whose name starts with <paramref name="word"/> (lower case, three letters or more), the way
    /// <see cref="AskScope.SplitGuide"/> reads a guide named before a colon; null when no guide's name or several do.</summary>
    public string? GuideNamedBy(string word)
    {
        if (word.Length < 3 || !word.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        string? named = null;
        foreach (var guide in _guideNames)
        {
            if (guide.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                if (named is not null)
                {
                    return null;
                }

                named = guide;
            }
        }

        return named;
    }

    /// <summary>Whether <paramref name="word"/> is the start of exactly one guide's name (<see cref="GuideNamedBy"/>).</summary>
    public bool NamesGuide(string word) => GuideNamedBy(word) is not null;

    /// <summary>Per block (<see cref="Blocks"/>): its fence's language tag, lower case; empty for an outline or untagged code.</summary>
    public IReadOnlyList<string> BlockLanguages { get; }

    /// <summary>Units whose own text has the English stem.</summary>
    public int[] LatinPostings(string stem) => _latin.GetValueOrDefault(stem) ?? [];

    /// <summary>Units whose own text has an English word of this lemma (<see cref="LatinStems.Lemma"/>), in order.</summary>
    public int[] LemmaPostings(string lemma) => _lemmas.GetValueOrDefault(lemma) ?? [];

    /// <summary>Units whose own text has the Hangul string (two syllables or more) inside a word — as a word of it: not the
    /// start of a loanword that spells another English word (포트 of 포트폴리오).</summary>
    public int[] HangulPostings(string text) => _hangul.GetValueOrDefault(text) ?? [];

    /// <summary>Units with a Hangul word opening with the string, whatever word it is the start of (포트 of 포트폴리오
    /// too), or a word's part after a word the guides write alone (서버가상화: 가상화), or two words written together: where a
    /// start of a learner's longer word (half of it or more) is looked for — not inside a word: 로그 of 로그인 is not in 프로그램.</summary>
    public int[] OpeningPostings(string text) => _opens.GetValueOrDefault(text) ?? [];

    public bool HasHangul(string text) => _hangul.ContainsKey(text);

    /// <summary>True when a Hangul word of the guides starts with <paramref name="text"/>.</summary>
    public bool StartsWord(string text) => _starts.Contains(text);

    /// <summary>Whether the guides write <paramref name="text"/> as a Hangul word of its own (its particle stripped), not
    /// only inside a longer word: "서버", but not "네트워" of 네트워크.</summary>
    public bool IsHangulWord(string text) => _ownWords.Contains(text);

    public bool HasLatin(string stem) => _latin.ContainsKey(stem);

    /// <summary>Inverse document frequency over units: ln(1 + N / df). A word in every unit weighs ln 2; a word in one
    /// unit of the ~1,500 weighs about 7.3.</summary>
    public double Idf(int documentFrequency) => documentFrequency <= 0 ? 0 : Math.Log(1 + Units.Count / (double)documentFrequency);

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or one of its sub-sections.</summary>
    public bool IsWithin(int inner, int outer)
    {
        for (var s = inner; s >= 0; s = SectionParent[s])
        {
            if (s == outer)
            {
                return true;
            }
        }

        return false;
    }
}
