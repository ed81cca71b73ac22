using System.Text.RegularExpressions;

namespace StudyBot.Tests.Conversation;

public sealed partial class KoreanParticlesTests
{
    [Theory]
    [InlineData("학습", "은", "이", "을", "으로")]      // ㅂ batchim
    [InlineData("서울", "은", "이", "을", "로")]        // ㄹ: 로
    [InlineData("코호트", "는", "가", "를", "로")]      // vowel
    [InlineData("helm-chart", "는", "가", "를", "로")]  // 차트
    [InlineData("StudyBot", "은", "이", "을", "으로")]  // 스터디봇
    [InlineData("k8s-operator", "는", "가", "를", "로")] // 오퍼레이터
    [InlineData("control", "은", "이", "을", "로")]     // 컨트롤
    [InlineData("helm", "은", "이", "을", "으로")]      // 헬름
    [InlineData("HPA", "는", "가", "를", "로")]         // 에이치피에이
    [InlineData("URL", "은", "이", "을", "로")]         // 유알엘
    [InlineData("vpc", "는", "가", "를", "로")]         // 브이피씨 (no vowel: spelled)
    [InlineData("module", "은", "이", "을", "로")]      // 모듈
    [InlineData("zone", "은", "이", "을", "으로")]      // 존
    [InlineData("forget-me", "는", "가", "를", "로")]   // 포겟미
    [InlineData("secret", "은", "이", "을", "으로")]    // 시크릿
    [InlineData("root", "는", "가", "를", "로")]        // 루트
    [InlineData("app", "은", "이", "을", "으로")]       // 앱
    [InlineData("3", "은", "이", "을", "으로")]         // 삼
    [InlineData("1", "은", "이", "을", "로")]           // 일
    [InlineData("2", "는", "가", "를", "로")]           // 이
    [InlineData("10", "은", "이", "을", "으로")]        // 십
    [InlineData("`k8s-operator`", "는", "가", "를", "로")] // closing marks are looked through
    public void The_particle_fits_the_last_sound_of_the_word(string word, string topic, string subject, string obj, string direction)
    {
        Assert.Equal(topic, KoreanParticles.Choose(word, "은", "는"));
        Assert.Equal(subject, KoreanParticles.Choose(word, "이", "가"));
        Assert.Equal(obj, KoreanParticles.Choose(word, "을", "를"));
        Assert.Equal(direction, KoreanParticles.Choose(word, "으로", "로"));
    }

    [Fact]
    public void An_unreadable_word_gets_the_form_that_fits_both()
    {
        Assert.Equal("은(는)", KoreanParticles.Choose("🎉", "은", "는"));
        Assert.Equal("(으)로", KoreanParticles.Choose("🎉", "으로", "로"));
        Assert.Equal("(이)에요", KoreanParticles.Choose("🎉", "이에요", "예요"));
    }

    [Fact]
    public void A_dialog_token_takes_the_form_that_fits_the_value_before_it()
    {
        var dialogs = new Dialogs(new Dictionary<string, Dictionary<string, string>>
        {
            ["ko"] = new() { ["x"] = "**{id}**{은/는} 완료로 기록되어 있지 않아요. {name}{이에요/예요}" },
        });

        Assert.Equal("helm-chart는 완료로 기록되어 있지 않아요. StudyBot이에요", dialogs.Plain("ko", "x", new { id = "helm-chart", name = "StudyBot" }));
        Assert.Equal("k8s-kubelet은 완료로 기록되어 있지 않아요. 코호트예요", dialogs.Plain("ko", "x", new { id = "k8s-kubelet", name = "코호트" }));

        // Values stay literal: a token inside a value is not resolved.
        Assert.Equal("{은/는}은 완료로 기록되어 있지 않아요. x예요", dialogs.Plain("ko", "x", new { id = "{은/는}", name = "x" }));
    }

    /// <summary>Every Korean text: a particle right after a placeholder is a token, and a particle right after a code span
    /// or a Latin word is the form the helper picks — so no dialog chooses a particle without looking at the word.</summary>
    [Fact]
    public void Every_Korean_dialog_chooses_its_particles_with_the_helper()
    {
        var texts = Dialogs.Load(Path.Combine(ContentPaths.FindContentRoot(), "dialogs"))["ko"];
        var problems = new List<string>();
        foreach (var (key, text) in texts)
        {
            foreach (Match m in AfterPlaceholder().Matches(text))
            {
                problems.Add($"{key}: '{m.Value}' — write the particle as a token ({{은/는}})");
            }

            foreach (Match m in AfterLiteral().Matches(text))
            {
                var word = m.Groups["word"].Value;
                var (consonant, vowel) = Pair(m.Groups["particle"].Value);
                var expected = KoreanParticles.Choose(word, consonant, vowel);
                if (!m.Groups["space"].Value.Equals(string.Empty, StringComparison.Ordinal) || expected != m.Groups["particle"].Value)
                {
                    problems.Add($"{key}: '{m.Value}' — expected '{word.TrimEnd('`')}{expected}'");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static (string Consonant, string Vowel) Pair(string particle) => particle switch
    {
        "은" or "는" => ("은", "는"),
        "이" or "가" => ("이", "가"),
        "을" or "를" => ("을", "를"),
        "과" or "와" => ("과", "와"),
        "으로" or "로" => ("으로", "로"),
        _ => ("이에요", "예요"),
    };

    // "{id} 은", "{id}은", "`{id}` 를" …: a placeholder (maybe closed by markup) followed by a particle.
    [GeneratedRegex(@"\{[A-Za-z0-9_]+\}(\*\*|`)? ?(은|는|이|가|을|를|과|와|으로|로|이에요|예요)(?=[\s.,)!?]|$)")]
    private static partial Regex AfterPlaceholder();

    // A code span or a Latin word followed by a particle (with or without the space a slip would leave).
    [GeneratedRegex(@"(?<word>`[^`{}]+`|\b[A-Za-z][A-Za-z0-9-]*)(?<space> ?)(?<particle>은|는|이|가|을|를|과|와|으로|로|이에요|예요)(?=[\s.,)!?:]|$)")]
    private static partial Regex AfterLiteral();
}
