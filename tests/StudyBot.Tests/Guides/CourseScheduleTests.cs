namespace StudyBot.Tests.Guides;

/// <summary>Questions that locate themselves in the course ("2주차", "day 5", "3단계", "first couple of months") are read
/// with the roadmap's places: the sections the roadmap puts there count as having the idea in their heading. Examples
/// written for these tests, not evaluation questions.</summary>
public sealed class CourseScheduleTests
{
    private static GuideIndex Index => SeedGuides.IndexWithRoadmap;
    private static GuideIndex WithoutRoadmap => SeedGuides.Index;

    [Theory]
    [InlineData("1주차에 뭐해", CourseUnit.Week, 1, 1)]
    [InlineData("week1 lab", CourseUnit.Week, 1, 1)]
    [InlineData("week 2 lab", CourseUnit.Week, 2, 2)]
    [InlineData("module 4 hands-on", CourseUnit.Week, 4, 4)]
    [InlineData("first week", CourseUnit.Week, 1, 1)]
    [InlineData("첫주 실습", CourseUnit.Week, 1, 1)]
    [InlineData("마지막주 내용", CourseUnit.Week, CourseMap.Last, CourseMap.Last)]
    [InlineData("in the final week", CourseUnit.Week, CourseMap.Last, CourseMap.Last)]
    [InlineData("day 5 lab", CourseUnit.Day, 5, 5)]
    [InlineData("3일차 실습", CourseUnit.Day, 3, 3)]
    [InlineData("2단계에서", CourseUnit.Stage, 2, 2)]
    [InlineData("2단계 중에 뭐 배워", CourseUnit.Stage, 2, 2)] // 중 is "during" without an ordinal after it
    [InlineData("두번째 단계", CourseUnit.Stage, 2, 2)]
    [InlineData("stage two", CourseUnit.Stage, 2, 2)]
    [InlineData("1-2개월", CourseUnit.Month, 1, 2)]
    [InlineData("5~6개월차엔", CourseUnit.Month, 5, 6)]
    [InlineData("7개월 넘어가면", CourseUnit.Month, 8, 8)] // gone past: the month after it
    [InlineData("months 3-4", CourseUnit.Month, 3, 4)]
    [InlineData("first couple of months", CourseUnit.Month, 1, 2)]
    [InlineData("first 2 months", CourseUnit.Month, 1, 2)]
    [InlineData("처음 1~2달", CourseUnit.Month, 1, 2)]
    [InlineData("맨 처음 두달동안", CourseUnit.Month, 1, 2)]
    [InlineData("첫 세 달 동안", CourseUnit.Month, 1, 3)]
    [InlineData("처음 한두달", CourseUnit.Month, 1, 2)]
    [InlineData("첫번째 모듈 실습", CourseUnit.Week, 1, 1)]
    [InlineData("마지막 모듈에선", CourseUnit.Week, CourseMap.Last, CourseMap.Last)]
    [InlineData("in the last module", CourseUnit.Week, CourseMap.Last, CourseMap.Last)] // no module is "the one before this one"
    [InlineData("what is in the last week of the course", CourseUnit.Week, CourseMap.Last, CourseMap.Last)] // "the last week": the course's last
    [InlineData("두번째 과정", CourseUnit.Week, 2, 2)]
    [InlineData("모듈 4", CourseUnit.Week, 4, 4)]
    [InlineData("2번째 모듈", CourseUnit.Week, 2, 2)]
    [InlineData("3번째주 실습", CourseUnit.Week, 3, 3)]
    [InlineData("넉달차엔 뭐 배워", CourseUnit.Month, 4, 4)]
    [InlineData("석 달째 공부중", CourseUnit.Month, 3, 3)]
    [InlineData("여섯 개월차에", CourseUnit.Month, 6, 6)]
    [InlineData("두달 세달차 내용", CourseUnit.Month, 2, 3)]
    [InlineData("일곱여덟달차", CourseUnit.Month, 7, 8)]
    [InlineData("서너달차엔", CourseUnit.Month, 3, 4)]
    [InlineData("두주차 실습", CourseUnit.Week, 2, 2)]
    [InlineData("삼주차 네트워킹 실습", CourseUnit.Week, 3, 3)] // Sino-Korean numerals, the digits read aloud
    [InlineData("이일차 체크포인트", CourseUnit.Day, 2, 2)]
    [InlineData("육개월차엔 뭐 배워", CourseUnit.Month, 6, 6)]
    [InlineData("칠개월 넘어가면 뭐 해", CourseUnit.Month, 8, 8)] // 개월 only counts: unmarked too, as "7개월" is
    [InlineData("삼개월부터 뭐 공부", CourseUnit.Month, 3, 3)]
    [InlineData("나흘째 체크포인트", CourseUnit.Day, 4, 4)]
    [InlineData("일곱달 지나면 뭐 해", CourseUnit.Month, 8, 8)]
    [InlineData("석 달 넘어가면", CourseUnit.Month, 4, 4)]
    [InlineData("한두달 후엔 뭐 공부", CourseUnit.Month, 1, 2)]
    [InlineData("6개월 지나면 뭐 해", CourseUnit.Month, 7, 7)]
    [InlineData("after 6 months what do we do", CourseUnit.Month, 7, 7)]
    [InlineData("반년 넘기고 나면 뭐 해", CourseUnit.Month, 7, 7)] // years gone past: half a year is 6 months
    [InlineData("1년 지나면 뭐 공부", CourseUnit.Month, 13, 13)]
    [InlineData("한 해 넘어가면", CourseUnit.Month, 13, 13)]
    [InlineData("what comes after half a year", CourseUnit.Month, 7, 7)]
    [InlineData("half a year in, what next", CourseUnit.Month, 7, 7)]
    public void A_week_day_stage_or_month_is_read_in_Korean_and_English(string text, CourseUnit unit, int from, int to)
    {
        var reference = Assert.Single(CourseReferences.Find(QueryText.Words(text)));
        Assert.Equal((unit, from, to), (reference.Unit, reference.From, reference.To));
    }

    [Theory]
    [InlineData("5 week course")] // a length, not week 5
    [InlineData("세 단계로 나뉘어")] // three stages, not the third
    [InlineData("배포 흐름 4단계 중에 3번째")] // a total the ordinal picks from, not stage 4
    [InlineData("5단계 중 두번째가 뭐야")]
    [InlineData("3 단계 중에서 2 번째")]
    [InlineData("체크 주기")]
    [InlineData("dockerfile multi-stage build")]
    [InlineData("jenkins parallel stage")]
    [InlineData("what did we do last week")] // the week before this one
    [InlineData("두달 걸려?")] // a length: Korean numerals count months only after 처음/첫
    [InlineData("커널 모듈 작성")] // a kernel module, not a part of the course: 모듈 counts only after an ordinal
    [InlineData("설치 과정")]
    [InlineData("each week we meet")]
    [InlineData("한달 동안 뭐 하지")] // a length: a native count is a place only marked by 차/째 or after 처음/첫
    [InlineData("세 달 걸리나")]
    [InlineData("한 주 동안")]
    [InlineData("하루에 두 시간")]
    [InlineData("하루종일 실습")]
    [InlineData("한달러")] // not a counter after the numeral
    [InlineData("한 주 지나면")] // a week counted so stays a length
    [InlineData("두달 후회")] // 후 with more than a particle is another word
    [InlineData("이주 준비")] // migration: a Sino-Korean count is a place only glued to its counter and marked by 차/째
    [InlineData("삼주년 기념")]
    [InlineData("오일 교체")]
    [InlineData("반년 동안 공부")] // a year not gone past is a length
    [InlineData("1년치 데이터 보관")]
    [InlineData("자취 1년차임")]
    [InlineData("a year ago")]
    public void Lengths_counts_and_other_words_are_not_places(string text)
    {
        Assert.DoesNotContain(CourseReferences.Find(QueryText.Words(text)), r => r.Name is null);
    }

    [Theory]
    [InlineData("what comes right after week 2", 2, 1, 2, 4)]
    [InlineData("the week before week 4 lab", 4, -1, 1, 4)]
    [InlineData("2주차 다음 주차엔 뭐 배워", 2, 1, 0, 4)]
    [InlineData("3단계 이전에는", 3, -1, 0, 3)]
    public void After_before_next_and_previous_point_next_to_a_place(string text, int from, int shift, int start, int length)
    {
        var reference = Assert.Single(CourseReferences.Find(QueryText.Words(text)));
        Assert.Equal((from, shift, start, length), (reference.From, reference.Shift, reference.Start, reference.Length));
    }

    [Theory]
    [InlineData("컨트롤러가 변경 감지하는 단계", "변경")] // a step of what the verb does: only a week is named by what is done in it
    [InlineData("패키지 설치하는 과정", "패키지")]
    public void A_verb_before_a_stage_or_a_process_names_no_place_by_the_word_before_it(string text, string word)
    {
        Assert.DoesNotContain(CourseReferences.Find(QueryText.Words(text)), r => r.Name == word);
    }

    [Theory]
    [InlineData("the eks week lab", "eks")]
    [InlineData("네트워킹 모듈 실습은", "네트워킹")]
    [InlineData("gitops module tools", "gitops")]
    [InlineData("기초 단계에서 뭐해", "기초")]
    [InlineData("EKS 하는 주에 뭐 배워", "eks")] // a week named by what is done in it
    [InlineData("네트워킹 배우는 주차 실습", "네트워킹")]
    [InlineData("gitops 다루던 모듈", "gitops")]
    [InlineData("eks를 다룬 주에", "eks")]
    public void A_place_named_by_its_topic_is_left_for_the_headings_to_resolve(string text, string name)
    {
        var reference = Assert.Single(CourseReferences.Find(QueryText.Words(text)));
        Assert.Equal(name, reference.Name);
    }

    [Theory]
    [InlineData("두 번째 모듈 실습", "devops-k8s-5weeks#2-쿠버네티스-애플리케이션-배포")] // an ordinal written apart, as the spelling rules space it
    [InlineData("석달 넉달차에 뭐 배워", "compute#2단계-중급-3-4개월")] // native counts marked by 차: months 3-4
    [InlineData("컴퓨팅 반년 넘기고 뭐 해", "compute#4단계-실무-7개월-이상")] // half a year gone past: month 7
    public void A_place_in_words_is_read_as_the_numbered_place(string text, string section)
    {
        var place = Assert.Single(Index.Reader.Read(text).Concepts, c => c.Sections.Count > 0);
        Assert.Contains(section, place.Sections.Select(s => Index.Units.Sections[s].Key));
    }

    [Theory]
    [InlineData("just after the eks week, what is taught", "devops-k8s-5weeks#5-gitops를-이용한-배포-서비스-자동화")] // week 4 + 1
    [InlineData("the week before the gitops week", "devops-k8s-5weeks#4-amazon-eks를-이용한-컨테이너-빌드-배포-서비스")] // week 5 − 1
    [InlineData("네트워킹 모듈", "devops-k8s-5weeks#3-쿠버네티스-네트워킹과-스토리지")] // only that week's heading, not the Week 3 plan
    [InlineData("기초 단계 다음 단계", "compute#2단계-중급-3-4개월")]
    [InlineData("eks 하는 주에 뭐 배워", "devops-k8s-5weeks#4-amazon-eks를-이용한-컨테이너-빌드-배포-서비스")]
    public void A_place_named_by_its_topic_is_the_week_or_stage_whose_heading_has_it(string text, string section)
    {
        var place = Assert.Single(Index.Reader.Read(text).Concepts, c => c.Sections.Count > 0);
        Assert.Contains(section, place.Sections.Select(s => Index.Units.Sections[s].Key));
        if (!text.Contains("단계", StringComparison.Ordinal))
        {
            Assert.Equal(section, Index.Units.Sections[Assert.Single(place.Sections)].Key);
        }
    }

    [Theory]
    [InlineData("kernel 모듈 이해")] // no week's heading has "kernel"
    [InlineData("쿠버네티스 모듈")] // several weeks' headings have it: it names none
    public void A_word_no_single_place_heading_has_names_no_place(string text)
    {
        Assert.DoesNotContain(Index.Reader.Read(text).Concepts, c => c.Sections.Count > 0);
    }

    [Theory]
    [InlineData("마지막 모듈에서 배포 파이프라인은 어떤 도구로 만들어?", "devops-k8s-5weeks#5-gitops를-이용한-배포-서비스-자동화")]
    [InlineData("첫번째 모듈 실습에서 클러스터 구축은 뭘로 해", "devops-k8s-5weeks#1-쿠버네티스-기본-개념과-아키텍처")]
    [InlineData("what is taught just after the eks week", "devops-k8s-5weeks#5-gitops를-이용한-배포-서비스-자동화")]
    public void A_question_pointing_at_a_place_by_its_position_prefers_that_place(string question, string section)
    {
        Assert.Equal(section, Index.Search(question, 1).Single().Section.Key);
    }

    [Theory]
    [InlineData("2주차 실습은 뭐해?", "devops-k8s-5weeks#2-쿠버네티스-애플리케이션-배포")]
    [InlineData("네트워킹 트랙 3단계엔 뭐 공부해", "networking#3단계-고급-5-6개월")]
    [InlineData("compute 5-6개월차 공부 내용", "compute#3단계-고급-5-6개월")]
    [InlineData("what do we learn in the final week", "devops-k8s-5weeks#5-gitops를-이용한-배포-서비스-자동화")]
    public void The_section_the_roadmap_puts_there_comes_first(string question, string section)
    {
        Assert.Equal(section, Index.Search(question, 1).Single().Section.Key);
    }

    [Fact]
    public void A_place_is_one_idea_found_in_its_sections_headings_and_their_lines()
    {
        var read = Index.Reader.Read("2주차 실습은 뭐해?");
        var place = Assert.Single(read.Concepts, c => c.Sections.Count > 0);
        Assert.Equal("2 주차", place.Text);
        Assert.Equal("devops-k8s-5weeks#2-쿠버네티스-애플리케이션-배포", Index.Units.Sections[Assert.Single(place.Sections)].Key);
        Assert.Equal(read.Concepts[^1], place); // after the words: the question's topic stays first
        Assert.DoesNotContain(read.Concepts, c => c.Text is "2" or "주차");

        // Its week's lines have it as they have their heading's words.
        var scores = Index.Engine.Score(read);
        var k = read.Concepts.Count - 1;
        var lab = Index.Units.Units.First(u => u.Text.Trim() == "컨테이너화 된 애플리케이션 빌드 및 배포").Id;
        Assert.Equal(Index.Engine.Tuning.HeadingCredit, scores.Context[k][lab], 3);
    }

    [Fact]
    public void Without_a_roadmap_or_for_a_place_the_course_does_not_have_the_words_are_read_as_words()
    {
        Assert.DoesNotContain(WithoutRoadmap.Reader.Read("2주차 실습은 뭐해?").Concepts, c => c.Sections.Count > 0);
        var ninth = Index.Reader.Read("9주차 실습");
        Assert.DoesNotContain(ninth.Concepts, c => c.Sections.Count > 0);
        Assert.Contains(ninth.Concepts, c => c.Text == "주차");
        Assert.NotEmpty(WithoutRoadmap.Search("2주차 실습은 뭐해?", 3));
    }

    [Fact]
    public void A_when_question_prefers_the_week_or_stage_the_topic_is_in()
    {
        // Terraform is taught in "3. Infrastructure as Code" and scheduled in stage 1: "when" is answered by the stage.
        const string Question = "when do we get to terraform";
        Assert.Equal("infra-platform#1단계-기초-1-2개월", Index.Search(Question, 1).Single().Section.Key);
        Assert.Equal("infra-platform#3-infrastructure-as-code-iac", WithoutRoadmap.Search(Question, 1).Single().Section.Key);

        // Not every line of a weekly guide's day: "how often" is answered by the line that says so, wherever it is.
        var stage = Index.Units.Sections.Select((s, i) => (s, i)).Single(x => x.s.Key == "infra-platform#1단계-기초-1-2개월").i;
        var session = Index.Units.Sections.Select((s, i) => (s, i)).First(x => x.s.Guide == "k8s-week3-part3" && x.s.Heading.StartsWith("Session", StringComparison.Ordinal)).i;
        Assert.True(Index.Course.Schedules(stage));
        Assert.False(Index.Course.Schedules(session));
    }

    [Fact]
    public void A_section_named_by_a_place_in_the_course_answers_with_the_line_that_labels_that_place()
    {
        // The roadmap puts day 2 at the daily checkpoints; the line "Day 2: 워크로드 관리" is that day's, not Day 1's.
        var answer = Index.Answer("day 2 checkpoint 뭐 있었지", 3);
        Assert.Equal("k8s-week3-part3#일일-체크포인트", answer.Hits[0].Section.Key);
        Assert.Equal(["Day 2: 워크로드 관리", "Pod부터 Deployment까지 계층 구조 이해", "스케줄링 정책 설정 및 테스트 가능", "롤링 업데이트 및 롤백 수행 가능"],
            answer.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_when_question_or_one_naming_a_week_or_stage_is_answered_with_its_heading_too()
    {
        // "When" is the stage's heading, not its lines: the answer (the API's, as the chat's title) opens with it.
        var when = Index.Answer("when do we get to terraform", 3);
        Assert.Equal("infra-platform#1단계-기초-1-2개월", when.Hits[0].Section.Key);
        Assert.Equal(when.Hits[0].Section.Heading, when.Title);
        Assert.StartsWith(when.Hits[0].Section.Heading + "\n- ", when.Text, StringComparison.Ordinal);

        // "What is in week 2": the week's title names its topic.
        var week = Index.Answer("2주차 실습은 뭐해?", 3);
        Assert.Equal(week.Hits[0].Section.Heading, week.Title);

        // "At what stage …": the question has the heading's own word (단계), which no line of the stage has.
        var stage = Index.Answer("at what stage of the compute roadmap is the cni deep dive", 3);
        Assert.Equal("compute#3단계-고급-5-6개월", stage.Hits[0].Section.Key);
        Assert.Equal("3단계: 고급 (5-6개월)", stage.Title);

        // A section that is no week or stage (a day's session) keeps its lines alone, "how often" or not.
        var often = Index.Answer("HPA 메트릭 확인 주기", 3);
        Assert.False(Index.Course.Schedules(Index.Units.Sections.Select((s, i) => (s, i)).Single(x => x.s.Key == often.Hits[0].Section.Key).i));
        Assert.Null(often.Title);
        Assert.Equal(AnswerEngine.PlainText(often.Lines), often.Text);
    }
}
