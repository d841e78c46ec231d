package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Questions from tables: "X vs Y" comparisons, a row's description, a row's short value. */
final class TableQuestionsTest {
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(new AnswerGrader());

    private static List<Question> asked(String heading, String text, String... keyTerms) {
        var note = new Note(
                "net/firewalls.md",
                "Firewalls",
                List.of(),
                List.of(),
                List.of(new Section(List.of("Networking", heading), text, List.of(keyTerms))));
        return GENERATOR.generate(List.of(note), List.of()).items().stream()
                .filter(i -> i.id().matches("gen:(?:vs|row|value):.*"))
                .map(QuizItem::choice)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Question prompted(List<Question> questions, String prompt) {
        return questions.stream()
                .filter(q -> q.prompt().equals(prompt))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question \"" + prompt + "\" in " + questions));
    }

    @Test
    void aPairsRowAsksWhatIsTrueOfOneThingAmongTheOthersCells() {
        // GIVEN a two-column comparison, as the Markdown reader writes a table
        String table = "Security Group | Network ACL\n"
                + "Operates at the instance level | Operates at the subnet level\n"
                + "Supports allow rules only | Supports allow rules and deny rules\n"
                + "Is stateful | Is stateless\n"
                + "Use flow logs to capture the traffic | Use flow logs to capture the traffic";
        // WHEN questions are generated
        var questions = asked("Security groups and ACLs", "Both filter traffic.\n\n" + table);
        // THEN each differing row asks what is true of one of the two and not of the other (not a coin flip
        // between the two names): the row's cell of that thing among the other thing's cells
        var security = List.of("Operates at the instance level", "Supports allow rules only", "Is stateful");
        var acl = List.of("Operates at the subnet level", "Supports allow rules and deny rules", "Is stateless");
        assertThat(questions).hasSize(3).allSatisfy(q -> {
            boolean aboutSecurityGroup =
                    q.prompt().equals("Which of these is true of Security Group but not of Network ACL?");
            assertThat(aboutSecurityGroup
                            || q.prompt().equals("Which of these is true of Network ACL but not of Security Group?"))
                    .as(q.prompt())
                    .isTrue();
            var own = aboutSecurityGroup ? security : acl;
            var others = aboutSecurityGroup ? acl : security;
            assertThat(own).contains(q.answer());
            assertThat(q.options()).hasSize(3).contains(q.answer());
            assertThat(q.options().stream().filter(o -> !o.equals(q.answer()))).allMatch(others::contains);
            // the row's own contrast opens with the same word ("Operates at the …"): it would narrow four to two
            assertThat(q.options()).doesNotContain(others.get(own.indexOf(q.answer())));
        });
        // AND the row saying the same of both is neither asked nor offered
        assertThat(questions)
                .noneMatch(q -> q.prompt().contains("flow logs")
                        || q.options().stream().anyMatch(o -> o.contains("flow logs")));
    }

    @Test
    void aCellSayingTheColumnDoesNotApplyIsNeitherAskedNorOffered() {
        // GIVEN a responsibility table where one cell only says the column does not apply
        String table = "Responsibility | Customer | AWS\n"
                + "Infrastructure | Not applicable (handled by the provider) | Physical security of the data centers\n"
                + "Patching | Patching the guest operating system | Patching the hypervisor and hosts\n"
                + "Data | Encrypting sensitive data at rest | Offering encryption services like KMS\n"
                + "Access | Managing users and their permissions | Running the identity service itself";
        // WHEN questions are generated
        var questions = asked("Shared responsibility", table);
        // THEN the other rows are asked, and "not applicable" is no fact of the customer's
        assertThat(questions).isNotEmpty();
        assertThat(questions)
                .noneMatch(q -> q.answer().contains("Physical security")
                        || q.options().stream().anyMatch(o -> o.contains("applicable")));
    }

    @Test
    void aPairWithOneOtherFairCellIsNotACoinFlip() {
        // GIVEN a comparison of two things where only one row differs
        String table = "Security Group | Network ACL\n"
                + "Operates at the instance level | Operates at the subnet level\n"
                + "Use flow logs to capture the traffic | Use flow logs to capture the traffic";
        // WHEN questions are generated
        var questions = asked("Security groups and ACLs", "Both filter traffic.\n\n" + table);
        // THEN nothing is asked: "which of these operates at the instance level?" between the two is a coin flip
        assertThat(questions).isEmpty();
        // AND a third thing makes it a question again
        var three = asked(
                "Security groups and ACLs",
                "Both filter traffic.\n\nSecurity Group | Network ACL | Network Firewall\n"
                        + "Operates at the instance level | Operates at the subnet level | Operates at the VPC edge\n"
                        + "Use flow logs to capture the traffic | Use flow logs to capture the traffic | Use flow logs"
                        + " to capture the traffic");
        assertThat(three)
                .singleElement()
                .satisfies(q -> assertThat(q.options())
                        .containsExactlyInAnyOrder("Security Group", "Network ACL", "Network Firewall"));
    }

    @Test
    void anAttributeColumnNamesWhatARowCompares() {
        // GIVEN a comparison whose first column names the attribute
        String table = "Attribute | NAT gateway | NAT instance | Egress-only gateway\n"
                + "Bandwidth | Scale up to 100 Gbps. | Depends on the bandwidth of the instance type. | Scales with"
                + " the traffic it carries.\n"
                + "Maintenance | Managed by AWS. | Managed by you, for example by patching the system. | Needs no"
                + " upkeep at all.";
        // WHEN questions are generated
        var questions = asked("NAT Gateway vs NAT Instance", table);
        // THEN the attribute reads in the prompt and the cell naming its own column is never the one asked
        Question bandwidth = questions.stream()
                .filter(q -> q.prompt().startsWith("Which of these is listed under “Bandwidth” as “"))
                .findFirst()
                .orElseThrow();
        assertThat(bandwidth.prompt())
                .isIn(
                        "Which of these is listed under “Bandwidth” as “scale up to 100 Gbps”?",
                        "Which of these is listed under “Bandwidth” as “scales with the traffic it carries”?");
        assertThat(bandwidth.answer())
                .isEqualTo(bandwidth.prompt().contains("100 Gbps") ? "NAT gateway" : "Egress-only gateway");
        assertThat(bandwidth.options()).containsExactlyInAnyOrder("NAT gateway", "NAT instance", "Egress-only gateway");
        assertThat(questions).noneMatch(q -> q.prompt().contains("instance type"));
        // AND the heading naming both is not what the question is shown with
        assertThat(bandwidth.context()).doesNotContain("NAT Gateway vs NAT Instance");
    }

    @Test
    void aCellTrueOfAnotherColumnInAnotherRowIsNotAsked() {
        // GIVEN a comparison where a cell of one column nearly repeats a cell of the other, rows apart
        String table = "Read Replicas | Multi-AZ\n"
                + "Scale the read workload of your DB | Failover in case of AZ outage\n"
                + "Can create up to five read copies | Data is only read and written to the main database\n"
                + "Data is only written to the main DB | Can only have one other AZ as failover\n"
                + "Readable by the application | Standby never serves reads\n"
                + "Lag behind by seconds | Replicated synchronously";
        // WHEN questions are generated
        var questions = asked("RDS deployments", table);
        // THEN neither of the alike cells is asked nor offered (both things could be the answer), the differing
        // rows are
        assertThat(questions)
                .isNotEmpty()
                .noneMatch(
                        q -> q.prompt().contains("main") || q.options().stream().anyMatch(o -> o.contains("main")));
    }

    @Test
    void aTableOfGradesOrNumbersIsNoComparison() {
        // GIVEN tables whose cells are one-word grades or bare numbers
        String grades = "项目 | Bash | 原生 Zsh | Oh My Zsh\n自动补全 | 基础 | 强 | 非常强\n插件系统 | 无 | 无 | 有";
        String numbers = "Classifier | Precision | Recall\nA | 95% | 90%\nB | 98% | 85%";
        // WHEN questions are generated
        // THEN none is asked
        assertThat(asked("对比", grades)).isEmpty();
        assertThat(asked("Metrics", numbers)).isEmpty();
    }

    @Test
    void aRowsDescriptionAsksWhichRowItIsAmongTheOtherRows() {
        // GIVEN a table of named things and what each is
        String table = "Policy Type | Description\n"
                + "Inline Policies | Directly attached to a single user or role.\n"
                + "Managed Policies | Reusable policies created and maintained by AWS or the customer.\n"
                + "Group Inherited Policies | Assigned to groups and apply to all users in that group.";
        // WHEN questions are generated
        var questions =
                asked("IAM policies", table, "Policy Type", "Description", "Inline Policies", "Managed Policies");
        // THEN a description asks for its row among the others
        Question inline =
                prompted(questions, "Which of these is described as “directly attached to a single user or role”?");
        assertThat(inline.answer()).isEqualTo("Inline Policies");
        assertThat(inline.options())
                .containsExactlyInAnyOrder("Inline Policies", "Managed Policies", "Group Inherited Policies");
        // AND a description holding a word of an option ("group" of Group Inherited Policies) is not asked: it
        // points at that option (or rules it out)
        assertThat(asked(
                        "IAM policies",
                        table.replace("single user or role", "single user, group, or role"),
                        "Policy Type",
                        "Description",
                        "Inline Policies",
                        "Managed Policies"))
                .noneMatch(q -> q.prompt().contains("single user, group, or role"));
    }

    @Test
    void aShortValueIsAskedAmongTheColumnsOtherValuesAndRepeatingColumnsAreNot() {
        // GIVEN a table keyed by service, a distinct port column and a protocol column that repeats
        String table = "Port Number | Protocol | Service\n"
                + "22 | TCP | SSH\n80 | TCP | HTTP\n443 | TCP | HTTPS\n3389 | TCP | RDP";
        // WHEN questions are generated
        var questions = asked("Classic ports", table);
        // THEN the port of each service is asked with the other ports as options
        Question ssh = prompted(questions, "What is the port number of SSH?");
        assertThat(ssh.answer()).isEqualTo("22");
        assertThat(ssh.options()).containsExactlyInAnyOrder("22", "80", "443", "3389");
        assertThat(questions).hasSize(4);
        // AND the protocol, the same in every row, is never asked
        assertThat(questions).noneMatch(q -> q.prompt().contains("protocol"));
    }

    @Test
    void aChineseTableOfIdentifiersIsAskedInChinese() {
        // GIVEN a Chinese table of plugins and what they do, one of them in a few characters only
        String table = "插件 | 功能 | 使用说明\n"
                + "z | 可根据访问频率在最近访问过的目录之间智能跳转。 | z <目录名>\n"
                + "web-search | 可在命令行中直接调用常用搜索引擎查询输入的内容。 | google <搜索内容>\n"
                + "extract | 提供一个命令，自动识别压缩包的格式并将其解压。 | x file_name.tar.gz\n"
                + "sudo | 双击ESC添加sudo。 | ESC ESC";
        // WHEN questions are generated
        var questions = asked("功能插件", table);
        // THEN a plugin is asked from its description, in Chinese, among the others; the usage column is not asked
        Question search = prompted(questions, "下列哪一项符合这段描述：“可在命令行中直接调用常用搜索引擎查询输入的内容”？");
        assertThat(search.answer()).isEqualTo("web-search");
        assertThat(search.options()).contains("z", "web-search", "extract");
        assertThat(questions).noneMatch(q -> q.prompt().contains("google"));
        // AND a description of fewer than ten characters is not asked (it mostly translates the name)
        assertThat(questions).noneMatch(q -> q.prompt().contains("双击ESC添加sudo"));
    }

    @Test
    void linesWithPipesThatAreNotATableAskNothing() {
        // GIVEN a shell pipeline and a one-row "table"
        String text = "cat access.log | grep 404 | wc -l\n\nName | Value\nPATH | /usr/bin";
        // WHEN tables are read
        // THEN there are none
        assertThat(Table.in(text)).isEmpty();
    }

    @Test
    void aCellThatIsANameKeepsItsCapitals() {
        // clf-c02-notes, deploying.md: "platform as a Service" in a prompt was rated WEAK for its odd capitals
        assertThat(TableQuestions.quoted("Platform as a Service")).isEqualTo("Platform as a Service");
        assertThat(TableQuestions.quoted("Scale up to 100 Gbps.")).isEqualTo("scale up to 100 Gbps");
        assertThat(TableQuestions.quoted("The Kubernetes control plane")).isEqualTo("the Kubernetes control plane");
    }
}
