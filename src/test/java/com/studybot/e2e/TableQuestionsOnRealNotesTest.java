package com.studybot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.QuizWiring;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The table forms pinned on real passages of notes nobody here wrote: a comparison ("NAT Gateway vs NAT
 * Instance", "Network ACLs vs Security Groups" in clf-c02-notes' vpc.md), a table of ports, a Chinese table of
 * plugins. Skips when the shared test data is not beside the project.
 */
final class TableQuestionsOnRealNotesTest {
    private static final Path SHARED = Path.of("../shared/testdata");

    private static List<QuizItem> items(String corpus) {
        Path root = SHARED.resolve(corpus);
        assumeTrue(Files.isDirectory(root), root + " is not beside the project");
        return QuizWiring.questionPool(root, 5_000_000).all().items();
    }

    private static List<Question> fromTables(List<QuizItem> items, String file) {
        return items.stream()
                .filter(i -> i.id().matches("gen:(?:vs|row|value):.*"))
                .map(QuizItem::choice)
                .flatMap(Optional::stream)
                .filter(q -> q.citation().startsWith(file))
                .toList();
    }

    private static Question prompted(List<Question> questions, String prompt) {
        return questions.stream()
                .filter(q -> q.prompt().equals(prompt))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question \"" + prompt + "\" in " + questions));
    }

    private static Question answered(List<Question> questions, String answer) {
        return questions.stream()
                .filter(q -> q.answer().equals(answer))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question answered \"" + answer + "\" in " + questions));
    }

    @Test
    void vpcNotesComparisonsBecomeQuestions() {
        // vpc.md (1,243 words) gave no question at all: its facts are in two comparison tables
        var items = items("clf-c02-notes");
        var vpc = fromTables(items, "sections/vpc.md");
        // "| Bandwidth | Scale up to 100 Gbps. | Depends on the bandwidth of the instance type. |"
        // asked as an exam asks a pair: what is true of one and not of the other, among the other's cells
        Question bandwidth = answered(vpc, "Bandwidth: scale up to 100 Gbps");
        assertThat(bandwidth.prompt()).isEqualTo("Which of these is true of NAT gateway but not of NAT instance?");
        // "| Port forwarding | Not supported. | Manually customize the configuration to support port forwarding. |"
        assertThat(bandwidth.options())
                .hasSize(4)
                .contains("Port forwarding: manually customize the configuration to support port forwarding")
                .doesNotContain("Port forwarding: not supported");
        // "| Operates at the instance level | Operates at the subnet level |"
        Question level = answered(vpc, "Operates at the instance level");
        assertThat(level.prompt()).isEqualTo("Which of these is true of Security Group but not of Network ACL?");
        assertThat(level.options()).hasSize(4).contains("Supports allow rules and deny rules");
        // "| Flow logs | Use flow logs to capture the traffic. | Use flow logs to capture the traffic. |"
        assertThat(vpc).noneMatch(q -> q.prompt().contains("flow logs"));
        assertThat(items.stream().filter(i -> i.natural().citation().startsWith("sections/vpc.md")))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aCellNamingAComparedThingIsNotAsked() {
        // databases.md: "| Can create up to 5 Read Replicas | Data is only read/written to the main database |"
        var rds = fromTables(items("clf-c02-notes"), "sections/databases.md");
        assertThat(rds).isNotEmpty().noneMatch(q -> q.prompt().contains("Read Replicas"));
    }

    @Test
    void thePortOfAServiceIsAskedAmongOtherPorts() {
        // ec2.md, "Classic Ports to Know": "| 22 | TCP | SSH | Secure Shell for secure logins … |"
        var ec2 = fromTables(items("clf-c02-notes"), "sections/ec2.md");
        Question ssh = prompted(ec2, "What is the port number of SSH?");
        assertThat(ssh.answer()).isEqualTo("22");
        assertThat(ssh.options()).hasSize(4).contains("22").isSubsetOf("20", "21", "22", "80", "443", "3389");
        // the protocol column says TCP in every row: never asked
        assertThat(ec2).noneMatch(q -> q.prompt().startsWith("What is the protocol"));
    }

    @Test
    void aChinesePluginIsAskedFromWhatItDoes() {
        // Zsh 配置笔记.md: "| `web-search` | 可实现网页搜索。 | `google <搜索内容>`或`baidu <搜索内容>` |"
        var zsh = fromTables(items("obsidian-cs-notes-zh"), "04_软件使用经验/Shell/Zsh 配置笔记.md");
        // (seven characters: the name translated, so not asked; QuizFailureKindsTest pins that)
        assertThat(zsh).noneMatch(q -> q.prompt().equals("下列哪一项符合这段描述：“可实现网页搜索”？"));
        // "| 自动补全 | 基础 | 强 | **非常强** |": grades, not facts to tell apart
        assertThat(zsh).noneMatch(q -> q.prompt().contains("自动补全"));
    }
}
