namespace StudyBot.Tests.Guides;

/// <summary>How a question's words meet the glossary's terms (<see cref="Glossary.MatchAll"/>). Examples are made up
/// here, never evaluation questions.</summary>
public sealed class GlossaryTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static readonly Glossary Small = new(
        [
            ["hpa", "horizontal pod autoscaler"],
            ["수평", "horizontal"],
            ["오토스케일링", "autoscaler"],
            ["iac", "infrastructure as code"],
            ["vpa", "vertical pod autoscaler"],
            ["수직", "vertical"],
        ],
        ["as"]);

    [Fact]
    public void A_three_word_term_with_its_middle_word_left_out_is_the_term()
    {
        // A learner shortens a compound keeping its head and the modifier that tells the kind.
        var shortened = Small.MatchAll(["horizontal", "autoscaler", "interval"], 0);
        Assert.Equal(2, shortened?.Length);
        Assert.Equal([0], shortened?.Groups ?? []);

        // The whole term still matches whole, and a word that only starts it stays its own word.
        Assert.Equal(3, Small.MatchAll(["horizontal", "pod", "autoscaler"], 0)?.Length);
        var word = Small.MatchAll(["horizontal", "scaling"], 0);
        Assert.Equal(1, word?.Length);
        Assert.Equal([1], word?.Groups ?? []);
    }

    [Fact]
    public void Two_modifiers_sharing_one_head_are_two_terms()
    {
        // "vertical (and) horizontal autoscaler": the vertical autoscaler and the horizontal one.
        var words = new[] { "vertical", "horizontal", "autoscaler" };
        Assert.Equal([4], Small.MatchAll(words, 0)?.Groups ?? []);
        Assert.Equal(1, Small.MatchAll(words, 0)?.Length);
        Assert.Equal([0], Small.MatchAll(words, 1)?.Groups ?? []);

        // A head of two words too: "vertical (and) horizontal pod autoscalers" is the VPA and the HPA.
        Assert.Equal([4], Small.MatchAll(["vertical", "horizontal", "pod", "autoscalers"], 0)?.Groups ?? []);
        Assert.Equal(1, Small.MatchAll(["vertical", "horizontal", "pod", "autoscalers"], 0)?.Length);

        // Only when the next word makes a term with the head too: "vertical cpu autoscaler" keeps "vertical" a word.
        Assert.Equal([5], Small.MatchAll(["vertical", "cpu", "autoscaler"], 0)?.Groups ?? []);
    }

    [Theory]
    [InlineData("공유기", false)]
    [InlineData("공유기가", false)]
    [InlineData("분석기는", false)]
    [InlineData("관리자", false)]
    [InlineData("자동차를", false)]
    [InlineData("공유는", true)]
    [InlineData("공유하고", true)]
    [InlineData("분석도구", true)]
    [InlineData("관리값", true)]
    public void A_word_starting_with_a_term_is_the_term_only_at_a_morpheme_boundary(string word, bool isTerm)
    {
        // Particles, endings and further words leave the term itself; a suffix making another noun (a device, a person)
        // does not: 공유기 is a router, not sharing.
        var glossary = new Glossary([["공유", "share"], ["분석", "analysis"], ["관리", "management"], ["자동", "automatic"]], []);
        Assert.Equal(isTerm, glossary.MatchAll([word], 0) is not null);
    }

    [Fact]
    public void A_hangul_word_of_a_term_written_word_for_word_in_english_spells_its_english_word()
    {
        // One consonant is too little to read a loanword by sound; the term that pairs it with its English word says it.
        var glossary = new Glossary([["노드", "node", "워커 노드", "worker node"], ["수평 확장", "scale out"]], []);
        Assert.Equal("worker", glossary.SpelledWord("워커"));
        Assert.Null(glossary.SpelledWord("수평")); // a Korean word beside an English one is a translation, not a spelling
        Assert.Equal("node", glossary.SpelledWord("노드")); // each word of the pair
    }

    [Theory]
    [InlineData("수평확장")]
    [InlineData("수평확장은")]
    public void A_term_of_two_hangul_words_written_solid_is_the_term(string word)
    {
        // Korean spacing is loose: read by its first word only, the compound lost its head (확장).
        var glossary = new Glossary([["수평", "horizontal"], ["수평 확장", "scale out"]], []);
        Assert.Equal([1], glossary.MatchAll([word], 0)?.Groups ?? []);
    }

    [Theory]
    [InlineData("긁어올때", true)] // 긁어오 + ㄹ 때
    [InlineData("늘림", true)] // 늘리 + ㅁ
    [InlineData("늘린다고", true)] // 늘리 + ㄴ다고
    [InlineData("늘씬", false)]
    public void An_ending_written_into_a_verb_stems_last_syllable_leaves_the_stem(string word, bool isTerm)
    {
        // The ㄴ, ㄹ or ㅁ of an ending closes the stem's open last syllable, so the stem is no prefix as written.
        var glossary = new Glossary([["수집", "collect", "긁어오"], ["확장", "extend", "늘리"]], []);
        Assert.Equal(isTerm, glossary.MatchAll([word], 0) is not null);
    }

    [Theory]
    [InlineData("늘려야돼", false)] // 늘리 + 어야: ㅣ+어 → ㅕ left out (measured)
    [InlineData("바꿔도", true)] // 바꾸 + 어도
    [InlineData("바꿨어", true)] // 바꾸 + 었어
    [InlineData("긁어와야", true)] // 긁어오 + 아야
    [InlineData("저장해야", true)] // 저장하 + 여야
    [InlineData("바꼈어", false)] // another vowel
    public void The_ending_contracted_into_a_verb_stems_vowel_leaves_the_stem(string word, bool isTerm)
    {
        // 아/어 merges with the stem's last vowel (ㅜ+어 → ㅝ, ㅗ+아 → ㅘ, 하+여 → 해), so the stem is no prefix as written;
        // ㅣ+어 → ㅕ is not read: 늘려/돌려/옮겨 as 확장/실행/전환 took right answers out of the top 3 on tuning material.
        var glossary = new Glossary([["수집", "collect", "긁어오"], ["확장", "extend", "늘리"], ["변경", "change", "바꾸"], ["저장", "store", "저장하"]], []);
        Assert.Equal(isTerm, glossary.MatchAll([word], 0) is not null);
    }

    [Fact]
    public void A_term_of_several_words_may_end_in_a_particle()
    {
        // Made-up terms: the last word of a Korean phrase carries a particle as any noun does; a word inside the phrase
        // or a word that only starts with the term's last word does not match.
        var glossary = new Glossary([["관련 자료", "related materials"], ["자료", "material"], ["가격 인하", "price cuts"]], []);
        Assert.Equal(2, glossary.MatchAll(["관련", "자료에"], 0)?.Length);
        Assert.Equal([0], glossary.MatchAll(["관련", "자료에"], 0)?.Groups ?? []);
        Assert.Equal(2, glossary.MatchAll(["가격", "인하가", "있어"], 0)?.Length);
        Assert.Null(glossary.MatchAll(["관련에", "자료"], 0));
        Assert.Null(glossary.MatchAll(["관련", "자료실"], 0));
    }

    [Fact]
    public void A_short_form_reads_as_its_full_name_but_not_the_other_way()
    {
        // A made-up clipping of a two-word name: the clipping finds the group, the full name written either way does not
        // (it stays its words, each weighed on its own), and the survivors of With keep the group one-way.
        var glossary = new Glossary([["정책", "policy"], ["뎁폴", "deploy policy", "배포 정책"]], [], oneWay: [1])
            .With([(["관측성", "observability"], "guide")]);
        Assert.Equal([1], glossary.MatchAll(["뎁폴"], 0)?.Groups ?? []);
        Assert.Null(glossary.MatchAll(["deploy", "policy"], 0));
        Assert.Null(glossary.MatchAll(["배포", "정책"], 0));
        Assert.Null(glossary.MatchAll(["배포정책은"], 0)); // not as a solid Hangul compound either
        Assert.Equal([0], glossary.MatchAll(["policy"], 0)?.Groups ?? []);
    }

    [Fact]
    public void The_glossary_file_reads_short_forms_one_way()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, Glossary.FileName), "groups:\n  - [정책, policy]\nshortforms:\n  - [뎁폴, deploy policy]\n");
            var glossary = Glossary.Load(folder);
            Assert.Equal([1], glossary.OneWay);
            Assert.NotNull(glossary.MatchAll(["뎁폴"], 0));
            Assert.Null(glossary.MatchAll(["deploy", "policy"], 0));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void The_glossary_file_reads_descriptions_one_way()
    {
        // A made-up description of a made-up tool: the description reads as the name, the name not as the description.
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, Glossary.FileName),
                "groups:\n  - [정책, policy]\nshortforms:\n  - [뎁폴, deploy policy]\ndescriptions:\n  - [widget packer, wigpak]\n");
            var glossary = Glossary.Load(folder);
            Assert.Equal([1, 2], glossary.OneWay.Order());
            Assert.Equal([2], glossary.MatchAll(["widget", "packer"], 0)?.Groups ?? []);
            Assert.Null(glossary.MatchAll(["wigpak"], 0));
            Assert.StartsWith("description:", glossary.Labels[2], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_noun_whose_last_syllable_looks_fused_is_not_a_verb_stem()
    {
        // Only a verb form is read so: a noun that differs from a term by a final (모드 mode, 모든 all) stays its own word.
        var glossary = new Glossary([["모드", "mode"]], []);
        Assert.Null(glossary.MatchAll(["모든"], 0));
    }

    [Fact]
    public void A_phrase_with_a_function_word_is_not_shortened()
    {
        // "infrastructure as code" is a phrase, not a compound: "infrastructure code" is not read as it.
        Assert.Null(Small.MatchAll(["infrastructure", "code"], 0));
    }

    [Fact]
    public void A_solid_compound_and_a_fused_verb_form_find_their_lines()
    {
        // 수평확장 (horizontal scaling written solid) finds the HPA's scaling interval; 긁어올때 (scrape, with the ending
        // fused) reads as collecting, as 긁어오다 is listed.
        Assert.Contains(Index.Reader.Read("수평확장 얼마나 자주 일어나").Concepts, c => c.Alternatives.Contains("스케일 아웃"));
        Assert.Contains(Index.Reader.Read("지표 긁어올때 어디서").Concepts, c => c.Text == "긁어올때" && c.Alternatives.Contains("수집"));
    }

    [Theory]
    [InlineData("horizontal autoscaler metric check interval")]
    [InlineData("수평 오토스케일러 메트릭 확인 간격")]
    public void A_shortened_autoscaler_name_is_the_hpa(string question)
    {
        // Read as two words, "horizontal" and "autoscaler" found the manifest's "# HPA (Horizontal Pod Autoscaler)"; as
        // the HPA, the line that says how often HPA checks its metrics comes first.
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains("hpa"));
        Assert.Equal("k8s-week3-part3#-fun-facts-1", Index.Search(question, 1).Single().Section.Key);
    }

    [Theory]
    [InlineData("which disk and what volume class does the boot vm get", "볼륨")]
    [InlineData("where do logs end up and which log shipper", "로그")]
    [InlineData("볼륨 크기랑 디스크 종류 알려줘", "volume")]
    public void One_idea_asked_twice_in_one_language_is_one_idea(string question, string korean)
    {
        // Counted twice, the repeated idea outweighed the question's others.
        Assert.Single(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(korean));
    }

    [Fact]
    public void One_idea_said_again_in_the_other_language_counts_as_written()
    {
        // "인증서 … cert": the learner makes sure of the term; both stay.
        Assert.Equal(2, Index.Reader.Read("인증서 어디서 받아? cert 발급 절차").Concepts.Count(c => c.Alternatives.Contains("certificate")));
    }

    [Fact]
    public void Different_languages_is_what_the_guides_call_polyglot()
    {
        // The microservices section says "Poly-glot 환경의 서비스 지원 가능"; learners ask it in plain words.
        Assert.Equal("devops-k8s-5weeks#마이크로-서비스-아키텍처", Index.Search("can every microservice be coded in a different language", 1).Single().Section.Key);
    }

    [Theory]
    [InlineData("작업 대기열 길이 보고 늘리는 설정", "큐")]
    [InlineData("grpc 호출을 중간에서 가로채기", "인터셉터")]
    [InlineData("how to intercept every grpc call for auth", "인터셉터")]
    [InlineData("중간 레벨 기준 점수", "중급")]
    [InlineData("vcpu를 코어에 고정하는 최적화", "핀닝")]
    [InlineData("how do you pin a vcpu", "핀닝")]
    [InlineData("멀티테넌시 네트워크 설계", "멀티 테넌트")]
    [InlineData("망가진 상태를 되살리는 방법", "복구")]
    public void Everyday_words_and_the_other_language_reach_the_guides_term(string question, string guideTerm)
    {
        // 대기열 is Korean's own word for a queue (큐), 가로채다 what an interceptor does, 중간 레벨 the intermediate level
        // (중급), 고정 pinning, 되살리다 restoring what broke (복구): without them the question met only its commoner words and their section.
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(guideTerm));
    }

    [Theory]
    [InlineData("keeping logs in one place, which stack", "logs")]
    [InlineData("logs in the cluster go where", "logs")]
    [InlineData("how do i log in to the lab vm", "log in")]
    public void In_before_a_noun_phrase_is_a_preposition_not_a_verbs_particle(string question, string idea)
    {
        // "log in" (로그인) is a verb with its particle; "logs in one place" is logs and where they are kept.
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Text == idea);
    }

    [Fact]
    public void Compute_spelled_in_Hangul_is_the_compute_guide_not_a_typo_of_computer()
    {
        // 컴퓨트 is how learners write "compute"; read as a typo of 컴퓨터 it lost the compute guide, and with a
        // filler noun glued on ("컴퓨트쪽") it was an unknown word that declined the question.
        var read = Index.Reader.Read("컴퓨트쪽 CNI 플러그인 종류");
        Assert.Contains(read.Concepts, c => c.Text == "컴퓨트" && c.Origin == WordOrigin.Guide && c.Alternatives.Contains("컴퓨팅"));
        Assert.DoesNotContain(read.Concepts, c => c.Origin == WordOrigin.Unknown);
        Assert.StartsWith("compute#", Index.Search("컴퓨트쪽 CNI 플러그인 종류", 1).Single().Section.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void The_English_side_after_a_guide_name_names_that_guide_as_쪽_does()
    {
        // "the compute side's …" is "컴퓨트 쪽": the compute guide's own virtualization list, not the networking guide's.
        const string Question = "on the compute side, which overlay tunneling does the network virtualization item list?";
        Assert.StartsWith("compute#", Index.Search(Question, 1).Single().Section.Key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("하이퍼바이저 분류가 어떻게 돼")]
    public void A_classification_asks_for_the_types_the_guides_list(string question)
    {
        // The compute guide lists "하이퍼바이저 유형 (Type 1, Type 2)"; 분류 was an unknown word that let lines with the
        // name alone come first. (English "classification", "newbie" and "suggest" are left out: not general words
        // themselves, they outweighed the unknown topic of "classification of animals", "newbie tips for guitar".)
        Assert.Equal("compute#2-가상화-기술-linux-kernel--hypervisor", Index.Search(question, 1).Single().Section.Key);
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains("유형"));
    }

    [Theory]
    [InlineData("which categories of hypervisor are there", "유형")] // "하이퍼바이저 유형 (Type 1, Type 2)"
    [InlineData("이미지 파일 형식 종류", "포맷")] // "이미지 포맷 (QCOW2, RAW 등)"
    [InlineData("keeping reads and writes separate", "segregation")] // "CQRS (… Responsibility Segregation)"
    [InlineData("is otel part of the tracing stack", "opentelemetry")] // OTel: the project's own short name
    [InlineData("평균 메모리 사용률 기준", "average")] // manifests write averageUtilization
    [InlineData("스토리지가 해마다 싸지는 까닭", "가격 인하")] // becoming cheaper is a price cut
    public void Plain_words_meet_the_guides_synonyms(string question, string synonym) =>
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(synonym));

    [Fact]
    public void Categories_of_hypervisor_find_the_section_listing_its_types() =>
        Assert.Equal("compute#2-가상화-기술-linux-kernel--hypervisor", Index.Search("which categories of hypervisor are there", 1).Single().Section.Key);

    [Theory]
    [InlineData("which hierarchy does the design use", "계층")]
    [InlineData("what happens after the controller notices a change", "감지")] // notice as a verb: to detect
    [InlineData("how many points make a mid-level grade", "중급")] // the level between beginner and advanced
    [InlineData("is the mid level tier above 70", "중급")]
    public void Everyday_english_words_meet_the_guides_korean_words(string question, string korean) =>
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(korean));

    [Theory]
    [InlineData("설정이 바뀌면 파드가 다시 뜨나요", "변경")] // 바뀌다, the passive of 바꾸다 (change), already in the group
    [InlineData("삭제된 걸 오퍼레이터가 어떻게 알아채나", "감지")] // 알아채다 (notice): to detect
    [InlineData("변화를 알아차리는 방법", "감지")]
    [InlineData("which path are the logs written to", "경로")] // a file or URL path is a 경로
    [InlineData("does the cloud sell a dedicated link to the office", "전용선")] // a dedicated line, as links are named
    public void Everyday_words_for_change_notice_path_and_dedicated_link_meet_the_guides_words(string question, string word) =>
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(word));

    [Theory]
    [InlineData("is there a textbook on linux internals", "자료")] // a textbook is a book, as the guides' 추가 학습 자료 list them
    [InlineData("교재 추천해줄 만한 거 있어", "자료")]
    [InlineData("how do consumers get the events", "구독")] // a consumer of events is their subscriber
    [InlineData("방화벽 그룹은 어디서 만들어", "보안 그룹")] // a security group is the instances' firewall group
    [InlineData("which ports does the firewall group open", "security group")]
    [InlineData("테라폼에서 환경별로 state 나누는 법", "workspace")] // a Terraform workspace is a state per environment
    [InlineData("keep a separate state per environment", "workspace")]
    [InlineData("부하가 몰리는 곳은 어떻게 찾아", "병목")] // where load piles up is a bottleneck
    [InlineData("부하 몰리는 구간 찾기", "병목")]
    public void Everyday_words_for_textbook_consumer_firewall_group_state_per_environment_and_piled_up_load_meet_the_guides_names(string question, string word) =>
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(word));

    [Fact]
    public void Keeping_state_is_not_read_as_keeping_none()
    {
        // "keeps no state" (stateless) lost its "no" as a stop word and read "keep state" as its opposite.
        Assert.DoesNotContain(Index.Reader.Read("how does the database keep state").Concepts, c => c.Alternatives.Contains("stateless"));
    }

    [Fact]
    public void State_per_environment_shows_the_workspace_item_beside_state_management()
    {
        // "Workspace 활용" sits two items below "State 관리" under Terraform; read apart (환경 · state) the description
        // gave the workspace line half a synonym's credit and the reply showed State 관리 alone.
        var answer = Index.Answer("테라폼 쓰는데 환경별로 state 따로 관리하는 기능 뭐였지", 1);
        Assert.Contains("Workspace 활용", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_option_is_an_alternative_the_guides_write_with_or()
    {
        // "ELK Stack 또는 Loki": the guides give an alternative with 또는; "option" was an unknown word that let a line
        // naming ELK alone come first.
        const string question = "any option other than elk for central logging";
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Text == "option" && c.Alternatives.Contains("또는"));
        Assert.Equal("infra-platform#5-모니터링-및-가시성", Index.Search(question, 1).Single().Section.Key);
    }

    [Fact]
    public void A_minimum_is_what_the_guides_write_as_or_more()
    {
        // The lab's "cpu 2, Memory 2GB 이상" states a minimum: 최소 meets 이상 as "minimum" already did.
        const string question = "쿠버네티스 서버 최소사양 얼마나 돼";
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains("이상"));
        Assert.Equal("devops-k8s-5weeks#2-실습-환경-구성-aws", Index.Search(question, 1).Single().Section.Key);
    }

    [Theory]
    [InlineData("로그를 땡겨오는 방식이야?", "pull")]
    [InlineData("데이터를 당겨오는 구조", "pull")]
    [InlineData("이벤트를 밀어넣는 쪽이야?", "push")]
    public void Colloquial_pull_and_push_read_as_the_guides_words(string question, string word) =>
        // 땡기다 is spoken 당기다 (pull); 밀어넣다 is push: the guides write Pull and Push in Latin letters.
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Origin == WordOrigin.Guide && c.Alternatives.Contains(word));

    [Theory]
    [InlineData("가상머신을 호스트에서 떼어내는 방법", "분리")]
    [InlineData("로그 흐름 따라가는 기능도 있어?", "tracing")]
    [InlineData("compute self-assessment items?", "체크리스트")]
    [InlineData("네트워킹 셀프체크 목록 보여줘", "체크리스트")]
    [InlineData("셀프점검 항목 몇 개야", "체크리스트")]
    public void Everyday_words_for_the_guides_ideas_read_as_them(string question, string word) =>
        // 떼어내다 (detach) is 분리; following a flow is tracing (추적); a self-assessment, 셀프체크 and 셀프점검 are the
        // checklist (자가점검) the guides end each part with.
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Origin == WordOrigin.Guide && c.Alternatives.Contains(word));

    [Theory]
    [InlineData("중간 점검 채점표 어디 있어", "평가 기준")]
    [InlineData("양방향 스트림 지원해?", "streaming")]
    [InlineData("제네브 헤더 크기", "geneve")]
    public void Other_spellings_of_the_guides_words_read_as_them(string question, string word) =>
        // 채점표 is the grading sheet the guides call 평가 기준; 스트림 is stream as 스트리밍 is streaming; 제네브 is Geneve in Hangul.
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Origin == WordOrigin.Guide && c.Alternatives.Contains(word));

    [Theory]
    [InlineData("is there a fee up front for the lab", "초기")]
    [InlineData("how many folks join the study group", "명")]
    [InlineData("what does the dev team own in the project", "개발팀")]
    [InlineData("운영 팀은 뭘 맡아", "ops team")]
    [InlineData("which tier do I land in with 85 points", "수준")]
    [InlineData("where do the logs keep their data", "저장")]
    [InlineData("should we scale vertically first", "스케일 업")]
    [InlineData("수평 스케일링 예시 있어?", "scale out")]
    public void Everyday_synonyms_read_as_the_guides_words(string question, string word) =>
        // A dictionary's synonyms: up front is upfront (초기), folks are people (명), a tier is a level (수준) as well as a
        // layer, to keep data is to store it; 개발팀/운영팀 are the dev and ops teams; scaling out is scaling horizontally.
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Origin == WordOrigin.Guide && c.Alternatives.Contains(word));

    [Theory]
    [InlineData("can you recommend a good math tutor?")]
    [InlineData("is discrete math useful for programmers")]
    public void Math_is_not_the_guides_calculation(string question) =>
        // 계산's group also holds "compute": with math in it these were answered from the compute guide's CSP lines.
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Fact]
    public void Overall_is_not_the_guides_comprehensive_project()
    {
        // "Overall" is 전반적 (in general), not 종합 (comprehensive, the roadmaps' capstone project): "the overall aim of a
        // role" read as the roadmap's 종합 프로젝트.
        Assert.DoesNotContain(Index.Reader.Read("what's the overall aim of the networking role").Concepts, c => c.Alternatives.Contains("종합"));
    }

    [Fact]
    public void A_comparison_asked_for_meets_the_line_that_sets_two_things_versus_each_other()
    {
        // The guides write a comparison as "A vs B" ("Gateway API vs Ingress", "Pull vs Push"); asked with compare or 비교,
        // that line did not count the word, and a line naming the things without comparing them came first.
        const string question = "which routing api gets compared with ingress in session 3";
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains("vs"));
        Assert.Equal("k8s-week3-part3#-필수-요소-2", Index.Search(question, 1).Single().Section.Key);
        Assert.Contains(Index.Reader.Read("pull 방식이랑 push 방식 비교").Concepts, c => c.Text == "비교" && c.Alternatives.Contains("versus"));
    }

    private static readonly Glossary Forms = new(
        [
            ["스케줄", "schedule", "일정"],
            ["스케줄링", "scheduling"],
            ["스케줄러", "scheduler"],
            ["클러스터", "cluster", "clusters"],
            ["클러스터링", "clustering"],
            ["운영", "operate", "running"],
            ["실행", "run", "execute"],
        ],
        []);

    [Theory]
    [InlineData("schedule", new[] { 0 })]
    [InlineData("schedules", new[] { 0 })]
    [InlineData("cluster", new[] { 3 })]
    [InlineData("clusters", new[] { 3 })]
    public void A_dictionary_form_does_not_meet_a_group_named_by_a_loanword_of_another_form(string word, int[] groups) =>
        // 스케줄링 spells "scheduling", 클러스터링 "clustering": the glossary keeps them apart as the narrower ideas the
        // guides borrowed those forms for, which the plain word ("schedule", "clusters") does not name.
        Assert.Equal(groups, Forms.MatchAll([word], 0)?.Groups ?? []);

    [Theory]
    [InlineData("scheduling", new[] { 0, 1 })]
    [InlineData("clustering", new[] { 3, 4 })]
    [InlineData("scheduler", new[] { 0, 1, 2 })]
    [InlineData("run", new[] { 5, 6 })]
    [InlineData("runs", new[] { 5, 6 })]
    [InlineData("running", new[] { 5, 6 })]
    public void A_form_keeps_its_own_group_and_the_one_of_its_dictionary_form(string word, int[] groups) =>
        // An inflected word still means its base ("scheduling" is also to schedule); a derived word ("scheduler") and a
        // group whose Korean is a word of its own (운영 for "running") keep every form of the lemma.
        Assert.Equal(groups, (Forms.MatchAll([word], 0)?.Groups ?? []).Order());

    [Theory]
    [InlineData("which tools does the guide use to deploy apps", "디플로이먼트")]
    [InlineData("how do i set up a cluster by hand", "클러스터링")]
    [InlineData("can i keep dev and stage configs apart", "스테이징")]
    [InlineData("what is the schedule of the course", "스케줄링")]
    public void A_plain_english_word_does_not_reach_the_loanword_group_of_another_form(string question, string loanword) =>
        // The guides' glossary: "deploy" is 배포, not the Deployment object (디플로이먼트); "cluster" 클러스터, not
        // 클러스터링; "stage" a step, not 스테이징; "schedule" 스케줄/일정, not 스케줄링.
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(loanword));

    [Theory]
    [InlineData("장비 재고 관리도 배워?", "inventory")]
    [InlineData("클러스터 상태 저장하는 키-값 저장소 백업", "etcd")]
    [InlineData("세로확장이랑 가로확장 같이 써도 돼?", "vertical scaling")]
    [InlineData("세로확장이랑 가로확장 같이 써도 돼?", "horizontal scaling")]
    [InlineData("넷웍 직무 준비", "network")]
    [InlineData("유효성 검사는 어디서 해", "validation")]
    [InlineData("씨그룹으로 자원 제한", "cgroups")]
    [InlineData("양방향 스트리밍", "bidirectional")]
    [InlineData("네트워크 부팅으로 os 설치", "pxe boot")]
    [InlineData("풀리퀘 올리면 검사 돌리는 툴", "pull request")]
    [InlineData("망 분리 설계도 배워?", "network")]
    [InlineData("깃 저장소 기준으로 배포", "repository")]
    [InlineData("캡스톤 발표 준비", "final project")]
    [InlineData("가상머신 관리 툴킷", "도구")]
    [InlineData("스위치 제어하는 통신 규약", "protocol")]
    [InlineData("카카오 클라우드 컴퓨팅 직무", "kakaocloud")]
    [InlineData("which org runs the foundation", "organization")]
    public void Korean_and_hangul_words_for_the_guides_english_terms_reach_them(string question, string term) =>
        // General IT vocabulary a bilingual engineer writes either way (재고 inventory, 키-값 저장소 the key-value store
        // etcd is, 세로/가로 확장 vertical/horizontal scaling, 넷웍 network, 씨그룹 cgroups, 풀리퀘 a pull request, 망 a
        // network, 깃 저장소 a git repository, 캡스톤 the final project, 규약 a protocol, 툴킷 a toolkit, 카카오 클라우드 the
        // KakaoCloud the guides write solid, "org" an organization).
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(term));

    [Theory]
    [InlineData("스펙에 넣는 필드 이름")]
    [InlineData("yaml 필드 순서")]
    public void A_hangul_word_the_glossary_names_is_not_read_by_its_sound_as_another_word(string question)
    {
        // 필드 is a field (a manifest's key); read by its sound it was the guides' nearest Latin word, "filter".
        var concept = Assert.Single(Index.Reader.Read(question).Concepts, c => c.Text == "필드");
        Assert.Contains("field", concept.Alternatives);
        Assert.DoesNotContain("filter", concept.Alternatives);
    }

    [Theory]
    [InlineData("망 정책을 깃 저장소에 두고 선언적으로 배포하는 도구", "networking#7-cloud-native-환경-개발")]
    [InlineData("which org does the cncf belong to", "devops-k8s-5weeks#클라우드-네이티브")]
    public void A_question_in_that_vocabulary_is_answered_from_its_section(string question, string section)
    {
        // Each of these words weighed as one the guides never use (망, 깃 as the question's unknown topic; "org" as a
        // name weighing 7) and declined the question though its section ranked first.
        var hits = Index.Search(question, 3);
        Assert.Equal(section, hits[0].Section.Key);
        Assert.NotEqual(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }

    [Fact]
    public void A_pull_request_is_also_the_pr_the_guides_write() =>
        // The guides write "PR 검증 자동화" for Prow and "Pull Request 작성" for contributing: one idea.
        Assert.Contains(Index.Reader.Read("prow는 pull request 쪽인가").Concepts, c => c.Text == "pull request" && c.Alternatives.Contains("pr"));

    [Theory]
    [InlineData("where do the practice exercises start", "실습")]
    [InlineData("how many simultaneous users should it handle", "동시 사용자")]
    [InlineData("what is the lowest replica setting", "최소")]
    [InlineData("how can we reduce our cloud spend", "비용")]
    [InlineData("is two-way streaming supported", "양방향")]
    [InlineData("which manifest sets the pod limits", "매니페스트")]
    [InlineData("what are we wiring up the appliances with", "연동")]
    [InlineData("which toolkit manages the hypervisor", "도구")]
    [InlineData("do the two autoscalers fight over memory", "충돌")]
    [InlineData("the two virtualization styles contrasted", "비교")]
    [InlineData("any additional reading on the scheduler", "추가")]
    public void An_everyday_english_word_meets_the_guides_korean_word(string question, string korean) =>
        // A harder brief describes a thing in everyday English ("practice exercises", "simultaneous users", "extra
        // reading") where the guides write the Korean word (실습, 동시 사용자, 추가 학습 자료): the glossary pairs them.
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(korean));

    [Fact]
    public void A_manifest_named_in_a_question_is_no_unknown_name()
    {
        // "the sample autoscaler manifest": the guides' yaml blocks are manifests; read as an unknown name (weight 7) the
        // word alone declined the question.
        var manifest = Assert.Single(Index.Reader.Read("in the sample autoscaler manifest what is the minimum replica count").Concepts,
            c => c.Text == "manifest");
        Assert.Contains("yaml", manifest.Alternatives);
    }

    [Fact]
    public void Look_at_stays_apart_from_check()
    {
        // "controllers i should look at" asks what to study, not what checks: "look at" is no glossary term for 확인.
        Assert.DoesNotContain(Index.Reader.Read("which sdn controllers should i look at").Concepts, c => c.Alternatives.Contains("확인"));
    }
}
