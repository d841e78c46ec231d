package com.studybot.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CardParserTest {
    /** The lines as a note tagged as a deck, as Obsidian Spaced Repetition wants for clozes. */
    private static List<Card> parse(String... lines) {
        return CardParser.parse("deck.md", "#flashcards\n\n" + String.join("\n", lines));
    }

    @Test
    void highlightsAndClozesAreCardsOnlyInANoteTaggedAsADeck() {
        String text =
                "A container shares the host's ==kernel==; {{c1::Podman}} is daemonless.\nWhat runs pods::kubelet";
        assertThat(CardParser.parse("note.md", text))
                .extracting(Card::back)
                .containsExactly("kubelet"); // a question-and-answer card counts anywhere
        assertThat(CardParser.parse("note.md", "#flashcards/containers\n\n" + text))
                .extracting(Card::back)
                .containsExactlyInAnyOrder("kernel", "Podman", "kubelet");
        assertThat(CardParser.parse("note.md", "---\ntags:\n  - study\n  - flashcards\n---\n" + text))
                .hasSize(3);
        assertThat(CardParser.parse("note.md", "---\ntags: [study, flashcards]\n---\n" + text))
                .hasSize(3);
        assertThat(CardParser.parse("note.md", "#drill\n\n" + text, "drill")).hasSize(3);
        assertThat(CardParser.parse("note.md", "Tagged `#flashcards` in code only.\n" + text))
                .hasSize(1);
        assertThat(CardParser.parse("note.md", "#flashcardsmore\n" + text)).hasSize(1);
    }

    @Test
    void arrowsAreNoHighlights() {
        // deeplearning-ai-notes: "Image ==> Edges ==> Face parts ==> Faces ==> desired face"
        assertThat(parse("Image ==> Edges ==> Face parts ==> Faces ==> desired face"))
                .isEmpty();
        assertThat(parse("a == b == c is no cloze either")).isEmpty();
    }

    @Test
    void singleLineCardsKeepTheirHeadingAndDropSchedulingComments() {
        // GIVEN a basic card under a heading, with the plugin's scheduling comment
        List<Card> cards = parse(
                "# AWS",
                "## Compute",
                "- Which service runs containers serverless::AWS Fargate <!--SR:!2026-01-01,3,250-->");
        // THEN one card, front and back split at ::, cited by its heading
        assertThat(cards).singleElement().satisfies(c -> {
            assertThat(c.front()).isEqualTo("Which service runs containers serverless");
            assertThat(c.back()).isEqualTo("AWS Fargate");
            assertThat(c.kind()).isEqualTo(Card.Kind.BASIC);
            assertThat(c.citationLabel()).isEqualTo("deck.md › AWS › Compute");
        });
    }

    @Test
    void tripleColonMakesACardEachWay() {
        List<Card> cards = parse("K8s:::Kubernetes");
        assertThat(cards).extracting(Card::front).containsExactly("K8s", "Kubernetes");
        assertThat(cards).extracting(Card::back).containsExactly("Kubernetes", "K8s");
        assertThat(cards).allSatisfy(c -> assertThat(c.kind()).isEqualTo(Card.Kind.REVERSED));
    }

    @Test
    void multiLineCardsAreSplitByAQuestionMarkLine() {
        List<Card> cards = parse(
                "What are the three OCI specs?", "(name them)", "?", "image", "runtime", "distribution", "", "after");
        assertThat(cards).singleElement().satisfies(c -> {
            assertThat(c.front()).isEqualTo("What are the three OCI specs?\n(name them)");
            assertThat(c.back()).isEqualTo("image\nruntime\ndistribution");
        });
    }

    @Test
    void eachHighlightIsAClozeCard() {
        List<Card> cards = parse("A container shares the host's ==kernel== while a VM boots its ==own OS==.");
        assertThat(cards)
                .extracting(Card::front)
                .containsExactly(
                        "A container shares the host's [...] while a VM boots its own OS.",
                        "A container shares the host's kernel while a VM boots its [...].");
        assertThat(cards).extracting(Card::back).containsExactly("kernel", "own OS");
    }

    @Test
    void ankiClozesAreGroupedByNumber() {
        List<Card> cards =
                parse("{{c1::Podman}} is daemonless; {{c2::Buildah}} builds images; {{c1::Skopeo::tool}} copies them.");
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).front()).isEqualTo("[...] is daemonless; Buildah builds images; [...] copies them.");
        assertThat(cards.get(0).back()).isEqualTo("Podman, Skopeo");
        assertThat(cards.get(1).back()).isEqualTo("Buildah");
    }

    @Test
    void codeBlocksLinksAndPlainProseAreNotCards() {
        List<Card> cards =
                parse("```cpp", "std::vector<int> v;", "```", "See https://example.com for more.", "Plain text.");
        assertThat(cards).isEmpty();
    }

    @Test
    void separatorsShownAsInlineCodeOrInTablesAreNotCards() {
        List<Card> cards = parse(
                "The prompt and the answer are separated by `::` (configurable).",
                "Highlight with `==text==` to make a cloze.",
                "| pattern | `{{c1::answer}}` |");
        assertThat(cards).isEmpty();
    }

    @Test
    void eachLineOfAParagraphIsItsOwnCloze() {
        List<Card> cards = parse("Containers share the ==kernel==.", "The ==scheduler== places pods.");
        assertThat(cards)
                .extracting(Card::front)
                .containsExactly("Containers share the [...].", "The [...] places pods.");
    }

    @Test
    void idsAreStableAndChangeWithTheText() {
        String id1 = parse("a::b").get(0).id();
        assertThat(parse("a::b").get(0).id()).isEqualTo(id1);
        assertThat(parse("a::c").get(0).id()).isNotEqualTo(id1);
    }

    @Test
    void theSpacedRepetitionPluginsOwnNotesParse() throws IOException {
        Path root = Path.of("..", "shared", "testdata", "cards");
        assumeTrue(Files.isDirectory(root), "../shared is not beside the project");
        List<Card> d = CardParser.parse("D.md", Files.readString(root.resolve("obsidian-sr/notes5/D.md")));
        assertThat(d).extracting(Card::front).containsExactly("This is question 1", "This is question 2");
        List<Card> zh = CardParser.parse("zh.md", Files.readString(root.resolve("obsidian-sr-docs/zh-flashcards.md")));
        assertThat(zh).noneMatch(c -> c.front().equals("这是问题")); // examples inside code fences are not cards
    }

    @Test
    void osrSchedulesAreReadForEachCard() {
        // GIVEN cards as Obsidian Spaced Repetition leaves them after reviews
        // (cards/obsidian-sr/notes2/Triboelectric Effect.md: the comment alone on the line after the card;
        // notes6/A.md: one schedule per deletion of a cloze, on the card's own line)
        List<Card> cards = parse(
                "What is static electricity::charge at rest",
                "<!--SR:!2024-03-20,124,270-->",
                "Which way:::both ways <!--SR:!2024-05-22,1,230!2024-05-25,4,270-->",
                "A {{c1::question}} with {{c2::two parts}} <!--SR:!2024-05-22,1,230!2033-03-03,3,333-->",
                "No schedule::yet");
        // THEN each card has its own, in order (q:::a forward then back, a cloze's deletions in order), and a
        // card without one has none
        java.util.function.Function<String, String> of = back -> cards.stream()
                .filter(c -> c.back().equals(back))
                .findFirst()
                .orElseThrow()
                .schedule()
                .map(s -> s.due() + "," + s.intervalDays() + "," + s.ease())
                .orElse("none");
        assertThat(of.apply("charge at rest")).isEqualTo("2024-03-20,124,270");
        assertThat(of.apply("both ways")).isEqualTo("2024-05-22,1,230");
        assertThat(of.apply("Which way")).isEqualTo("2024-05-25,4,270");
        assertThat(of.apply("question")).isEqualTo("2024-05-22,1,230");
        assertThat(of.apply("two parts")).isEqualTo("2033-03-03,3,333");
        assertThat(of.apply("yet")).isEqualTo("none");
    }

    @Test
    void anOsrScheduleStartsTheCardsMemory() {
        var s = new Card.Schedule(java.time.LocalDate.parse("2024-03-20"), 124, 270);
        CardMemory m = s.memory();
        assertThat(m.due()).isEqualTo(java.time.Instant.parse("2024-03-20T00:00:00Z"));
        assertThat(m.stability()).isEqualTo(124);
        assertThat(m.scheduledDays()).isEqualTo(124);
        assertThat(m.reps()).isEqualTo(1);
        assertThat(m.isNew()).isFalse();
        // a harder card (low ease) is more difficult than an easy one
        assertThat(new Card.Schedule(java.time.LocalDate.parse("2024-03-20"), 3, 130)
                        .memory()
                        .difficulty())
                .isGreaterThan(new Card.Schedule(java.time.LocalDate.parse("2024-03-20"), 3, 350)
                        .memory()
                        .difficulty());
    }
}
