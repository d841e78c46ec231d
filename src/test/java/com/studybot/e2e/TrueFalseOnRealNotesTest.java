package com.studybot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.QuizWiring;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.TrueFalse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * True/false statements pinned on real passages of notes nobody here wrote: the ports table and the NAT and ACL
 * comparisons of clf-c02-notes, a Chinese plugin table. Skips when the shared test data is not beside the project.
 */
final class TrueFalseOnRealNotesTest {
    private static final Path SHARED = Path.of("../shared/testdata");

    private static List<QuizItem> items(String corpus) {
        Path root = SHARED.resolve(corpus);
        assumeTrue(Files.isDirectory(root), root + " is not beside the project");
        return QuizWiring.questionPool(root, 5_000_000).all().items();
    }

    private static List<Question> statements(List<QuizItem> items, String file) {
        return items.stream()
                .filter(QuizItem::trueFalse)
                .map(i -> i.choice().orElseThrow())
                .filter(q -> q.citation().startsWith(file))
                .toList();
    }

    @Test
    void aPortIsStatedTrulyOrWithAnotherServicesPort() {
        // ec2.md, "Classic Ports to Know": "| 22 | TCP | SSH | Secure Shell … |", "| 3389 | TCP | RDP | … |"
        var ports = statements(items("clf-c02-notes"), "sections/ec2.md").stream()
                .filter(q -> q.prompt().startsWith("True or false: The port number of "))
                .toList();
        assertThat(ports).hasSizeGreaterThanOrEqualTo(4);
        var own = java.util.Map.of(
                "FTP (Data Transfer)",
                "20",
                "FTP (Control)",
                "21",
                "SSH",
                "22",
                "HTTP",
                "80",
                "HTTPS",
                "443",
                "RDP",
                "3389");
        for (Question q : ports) {
            var m = java.util.regex.Pattern.compile("True or false: The port number of (.+) is (\\d+)\\.")
                    .matcher(q.prompt());
            assertThat(m.matches()).as(q.prompt()).isTrue();
            assertThat(q.answer()).as(q.prompt()).isEqualTo(own.get(m.group(1)).equals(m.group(2)) ? "True" : "False");
            assertThat(own).as(q.prompt()).containsValue(m.group(2)); // a false port is another service's
        }
        assertThat(ports).extracting(Question::answer).contains("True", "False");
    }

    @Test
    void aPairComparisonRowIsStatedOfOneOfThePair() {
        // vpc.md: "| Operates at the instance level | Operates at the subnet level |" (Security Group | Network ACL)
        var vpc = statements(items("clf-c02-notes"), "sections/vpc.md");
        assertThat(vpc)
                .extracting(Question::prompt)
                .contains("True or false: Network ACL operates at the instance level.");
        assertThat(vpc)
                .filteredOn(q -> q.prompt().equals("True or false: Network ACL operates at the instance level."))
                .singleElement()
                .extracting(Question::answer)
                .isEqualTo("False");
        // "| Flow logs | Use flow logs to capture the traffic. | … the same |": said of both, never stated
        assertThat(vpc).noneMatch(q -> q.prompt().contains("flow logs"));
    }

    @Test
    void chineseDescriptionsOfLatinNamesAreNotStated() {
        // Zsh 配置笔记.md: "| `web-search` | 可实现网页搜索。 | … |": the description is the name translated, a
        // statement would tell itself
        var items = items("obsidian-cs-notes-zh");
        assertThat(statements(items, "04_软件使用经验/Shell/Zsh 配置笔记.md")).isEmpty();
        // (that table's descriptions are too short to be asked at all; the vault's other Latin names still are)
        assertThat(items)
                .anyMatch(i -> i.natural().prompt().startsWith("下列哪一项符合这段描述：")
                        && i.natural().answer().matches("[A-Za-z].*"));
    }

    @Test
    void statementsAreAMinorityOfTheFactsAndHalfAreFalse() {
        var items = items("clf-c02-notes");
        long statements = items.stream().filter(QuizItem::trueFalse).count();
        long falseOnes = items.stream()
                .filter(QuizItem::trueFalse)
                .filter(i -> !TrueFalse.truth(i.choice().orElseThrow()))
                .count();
        assertThat(statements).isBetween(60L, items.size() / 3L);
        assertThat(falseOnes * 3).isBetween(statements, statements * 2); // a third to two thirds false
    }
}
