package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.QuizItems;
import com.studybot.core.quiz.TrueFalse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** True/false statements from a stated fact and a sibling's fact: table values, comparisons, limits, definitions. */
final class TrueFalseQuestionsTest {
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(new AnswerGrader());

    private static final String PORTS = "Port | Service | Description\n"
            + "20 | FTP | Transfers files between hosts\n"
            + "22 | SSH | Secure logins and remote commands\n"
            + "25 | SMTP | Sends mail between servers\n"
            + "53 | DNS | Resolves names to addresses\n"
            + "80 | HTTP | Serves plain web pages\n"
            + "443 | HTTPS | Serves encrypted web pages\n"
            + "3389 | RDP | Remote desktop for Windows machines";

    private static List<QuizItem> items(List<String> heading, String text, String... keyTerms) {
        var note = new Note(
                "net/notes.md", "Notes", List.of(), List.of(), List.of(new Section(heading, text, List.of(keyTerms))));
        return GENERATOR.generate(List.of(note), List.of()).items();
    }

    private static List<Question> statements(List<QuizItem> items) {
        return items.stream()
                .filter(QuizItem::trueFalse)
                .map(i -> i.choice().orElseThrow())
                .toList();
    }

    private static String statement(Question q) {
        return q.prompt().replaceFirst("^(?:True or false: |判断对错：)", "");
    }

    @Test
    void aTableValueIsStatedWithItsOwnValueOrAnotherRowsValue() {
        // GIVEN a table of ports
        var items = items(List.of("Networking", "Ports to know"), "Ports a server opens.\n\n" + PORTS);
        // WHEN its true/false statements are read
        var statements = statements(items);
        // THEN each says a service's port: its own (True) or another row's, never its own (False)
        assertThat(statements).isNotEmpty();
        for (Question q : statements) {
            assertThat(q.options()).containsExactly("True", "False");
            var m = java.util.regex.Pattern.compile("The port of (\\w+) is (\\d+)\\.")
                    .matcher(statement(q));
            if (!m.matches()) {
                continue; // a description said of a row
            }
            boolean own = PORTS.contains(m.group(2) + " | " + m.group(1) + " |");
            assertThat(q.answer()).as(q.prompt()).isEqualTo(own ? "True" : "False");
        }
        // AND some are true and some false
        assertThat(statements).extracting(Question::answer).contains("True", "False");
    }

    @Test
    void aStatementSharesItsFactSoAQuizAsksItOnce() {
        // GIVEN the port table's items
        var items = items(List.of("Networking", "Ports to know"), "Ports a server opens.\n\n" + PORTS);
        // WHEN each item is asked at most once per fact
        var once = QuizItems.oneEachFact(items);
        // THEN every statement shares its fact with exactly the item it restates, which a quiz then leaves out
        for (QuizItem tf : items.stream().filter(QuizItem::trueFalse).toList()) {
            var restated = items.stream()
                    .filter(i -> !i.trueFalse() && i.facts().stream().anyMatch(tf.facts()::contains))
                    .toList();
            assertThat(restated).as(tf.natural().prompt()).hasSize(1);
            assertThat(once).doesNotContain(restated.get(0));
            assertThat(items.indexOf(tf)).isEqualTo(items.indexOf(restated.get(0)) - 1);
        }
        // AND the answers True and False are no fact: statements of different facts may share a quiz
        assertThat(once.stream().filter(QuizItem::trueFalse).count()).isGreaterThan(1);
    }

    @Test
    void aPairComparisonIsStatedOfOneThingAndNeverOfThreeOrMore() {
        // GIVEN a comparison of two things and one of three
        String pair = "Security Group | Network ACL\n"
                + "Operates at the instance level | Operates at the subnet level\n"
                + "Supports allow rules only | Supports allow rules and deny rules\n"
                + "Is stateful, return traffic allowed | Is stateless, return traffic needs rules";
        String three = "Snowcone | Snowball Edge | Snowmobile\n"
                + "Holds up to 14 TB of data | Holds up to 80 TB of data | Holds up to 100 PB of data\n"
                + "Carried by one person easily | Shipped in a rugged case | Driven on a semi-trailer truck";
        // WHEN statements are made
        var fromPair = statements(items(List.of("VPC", "Security groups"), "Both filter.\n\n" + pair));
        var fromThree = statements(items(List.of("Storage", "Snow family"), "Devices.\n\n" + three));
        // THEN a pair's row is said of one of the two, false when said of the other
        assertThat(fromPair).isNotEmpty();
        for (Question q : fromPair) {
            String s = statement(q);
            boolean own = s.equals("Security Group operates at the instance level.")
                    || s.equals("Network ACL operates at the subnet level.")
                    || s.equals("Security Group supports allow rules only.")
                    || s.equals("Network ACL supports allow rules and deny rules.")
                    || s.startsWith("Security Group is described as “is stateful")
                    || s.startsWith("Network ACL is described as “is stateless");
            assertThat(q.answer()).as(s).isEqualTo(own ? "True" : "False");
        }
        // AND of three things (one may hold what another holds) nothing is stated
        assertThat(fromThree).isEmpty();
    }

    @Test
    void aFalseLimitClaimsMoreThanTheMost() {
        // GIVEN limits of several things (the amounts are each other's wrong options)
        var limits = new java.util.LinkedHashMap<String, String>();
        limits.put("AWS Lambda", "Invocation time: up to 15 minutes");
        limits.put("Amazon SQS", "Message retention: up to 14 days");
        limits.put("AWS Step Functions", "Execution time: up to 1 year");
        limits.put("Amazon API Gateway", "Integration timeout: up to 29 seconds");
        limits.put("Amazon Kinesis", "Data retention: up to 365 days");
        limits.put("Amazon CloudFront", "Default TTL: up to 24 hours");
        limits.put("AWS Batch", "Job attempts: retry after 10 minutes");
        limits.put("Amazon EC2", "Billing: per second after 60 seconds");
        var sections = limits.entrySet().stream()
                .map(e -> new Section(List.of(e.getKey()), "- " + e.getValue(), List.<String>of()))
                .toList();
        var note = new Note("aws/limits.md", "Limits", List.of(), List.of(), sections);
        // WHEN statements are made
        var statements = statements(GENERATOR.generate(List.of(note), List.of()).items());
        // THEN each names a limit of the notes: its own (True), or a larger amount (False: "up to 5 minutes" for
        // 15 might be read as true)
        assertThat(statements).extracting(Question::answer).contains("True", "False");
        for (Question q : statements) {
            var m = java.util.regex.Pattern.compile("([^:]+): .*up to (.+)\\.").matcher(statement(q));
            assertThat(m.matches()).as(q.prompt()).isTrue();
            String truth = limits.get(m.group(1)).replaceFirst(".*up to ", "");
            assertThat(Integer.signum(Limits.compare(m.group(2), truth)))
                    .as(q.prompt())
                    .isEqualTo(q.answer().equals("True") ? 0 : 1);
        }
    }

    @Test
    void aDefinitionIsStatedWithItsOwnOrAListSiblingsDefinition() {
        // GIVEN a list of things of one kind, each defined, one pair nearly alike
        String list = "- Amazon S3: object storage with eleven nines of durability\n"
                + "- Amazon EBS: block volumes attached to a single instance\n"
                + "- Amazon EFS: elastic network file system shared by many instances\n"
                + "- Amazon FSx: managed Windows file servers and Lustre clusters\n"
                + "- AWS Backup: central policies that copy resources on a schedule\n"
                + "- AWS Snowball: rugged appliance for offline petabyte migration";
        String[] bold = {"Amazon S3", "Amazon EBS", "Amazon EFS", "Amazon FSx", "AWS Backup", "AWS Snowball"};
        // WHEN statements are made
        var items = items(List.of("Storage", "Storage services"), list, bold);
        var statements = statements(items);
        // THEN a definition is said of its own thing (True) or of another listed thing (False)
        assertThat(statements).isNotEmpty();
        for (Question q : statements) {
            String s = statement(q);
            var m = java.util.regex.Pattern.compile("(A[\\w ]+): (.+)\\.").matcher(s);
            assertThat(m.matches()).as(s).isTrue();
            boolean own = (list + "\n").contains("- " + m.group(1) + ": " + m.group(2) + "\n");
            assertThat(q.answer()).as(s).isEqualTo(own ? "True" : "False");
            assertThat(list).as(s).contains(": " + m.group(2));
        }
        assertThat(statements).extracting(Question::answer).contains("True", "False");
        // AND each stands just before the definition it restates (a quiz asks it in the definition's place)
        for (QuizItem tf : items.stream().filter(QuizItem::trueFalse).toList()) {
            QuizItem next = items.get(items.indexOf(tf) + 1);
            assertThat(next.facts()).as(tf.natural().prompt()).isSubsetOf(tf.facts());
            assertThat(next.natural().answer()).isIn((Object[]) bold);
        }
    }

    @Test
    void aChineseTableIsJudgedRightOrWrong() {
        // GIVEN a Chinese table of things named in Chinese
        String table = "名称 | 说明\n"
                + "二叉搜索树 | 左子树的键都小于根节点的键\n"
                + "哈希表 | 通过散列函数把键映射到桶里\n"
                + "优先队列 | 每次取出优先级最高的元素\n"
                + "并查集 | 合并集合并判断两个元素是否同属一组";
        // WHEN statements are made
        var statements = statements(items(List.of("数据结构", "常见结构"), "常见的数据结构见下表。\n\n" + table));
        // THEN they ask 判断对错 with 对 and 错 as the options, 对 exactly when the description is the thing's own
        assertThat(statements).isNotEmpty().allSatisfy(q -> {
            assertThat(q.prompt()).startsWith("判断对错：");
            assertThat(q.options()).containsExactly(TrueFalse.ZH_TRUE, TrueFalse.ZH_FALSE);
            var m = java.util.regex.Pattern.compile("判断对错：“(.+)”说的是(.+)。").matcher(q.prompt());
            assertThat(m.matches()).as(q.prompt()).isTrue();
            boolean own = table.contains(m.group(2) + " | " + m.group(1));
            assertThat(q.answer()).as(q.prompt()).isEqualTo(own ? TrueFalse.ZH_TRUE : TrueFalse.ZH_FALSE);
        });
    }

    @Test
    void aChineseDescriptionOfALatinNameIsNotStated() {
        // GIVEN plugins named in Latin letters, described in Chinese (often the name translated: 网页搜索, web-search)
        String table = "插件 | 功能\n"
                + "git | 为大量常用的 git 命令提供简短的别名。\n"
                + "extract | 提供一个命令，自动识别压缩包的格式并将其解压。\n"
                + "web-search | 可在命令行中直接进行网页搜索并打开浏览器。\n"
                + "z | 可根据访问频率在最近访问过的目录之间智能跳转。";
        // WHEN statements are made
        var items = items(List.of("Oh-My-Zsh", "功能插件"), "常用插件如下表。\n\n" + table);
        // THEN none: the statement would tell itself; the table's multiple choice stays
        assertThat(statements(items)).isEmpty();
        assertThat(items).isNotEmpty();
    }

    @Test
    void nearlyAlikeDefinitionsAreNeverStatedOfEachOther() {
        // GIVEN things whose definitions say nearly the same
        assertThat(DefinitionClaims.clearlyOther(
                        "a fully managed NoSQL key-value database", "a managed NoSQL document database", ""))
                .isFalse();
        // AND one that says little ("a per-region service" may be true of many things)
        assertThat(DefinitionClaims.clearlyOther("a firewall for web applications", "a per-region service", ""))
                .isFalse();
        // AND one that shares a word of what it says ("DDoS")
        assertThat(DefinitionClaims.clearlyOther(
                        "24/7 premium DDoS protection", "protects against DDoS attacks at no additional cost", ""))
                .isFalse();
        // AND one that differs clearly, except in its shape (no article beside an article)
        assertThat(DefinitionClaims.clearlyOther(
                        "a firewall for web applications", "a rugged appliance for offline data migration", ""))
                .isTrue();
        assertThat(DefinitionClaims.clearlyOther(
                        "a firewall for web applications", "rugged appliance for offline data migration", ""))
                .isFalse();
    }

    @Test
    void variantsOfOneThingAreNeverStatedOfEachOther() {
        // what is said of one variant is often true of the other ("no other customers will share your hardware")
        assertThat(DefinitionClaims.variants("Dedicated Instances", "Dedicated Hosts"))
                .isTrue();
        assertThat(DefinitionClaims.variants("AWS Shield Standard", "AWS Shield Advanced"))
                .isTrue();
        // things that only share what they are, or a vendor, are siblings to tell apart
        assertThat(DefinitionClaims.variants("Spot Instances", "On-Demand Instances"))
                .isFalse();
        assertThat(DefinitionClaims.variants("Amazon S3", "Amazon EBS")).isFalse();
    }
}
