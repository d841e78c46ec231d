package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word-stem giveaways a blind review found in questions on the AWS notes and on our own notes. */
final class GiveawaysTest {
    @Test
    void aBrandSpeltOffAWordIsGivenAwayByThatWord() {
        assertThat(Giveaways.givesAway("_____: Face detection, labeling, celebrity recognition.", "Rekognition"))
                .isTrue();
        // a prompt without such a word gives nothing away
        assertThat(Giveaways.givesAway("_____ finds faces and objects in images and videos.", "Rekognition"))
                .isFalse();
    }

    @Test
    void theFirstWordOfANameWrittenAsAPlainWordGivesItAway() {
        assertThat(Giveaways.givesAway(
                        "_____: For HTTP and HTTPS traffic, operates at Layer 7 (application level).",
                        "Application Load Balancer"))
                .isTrue();
        // "What is the Docker CLI?" answered "the docker command": the answer says the name
        assertThat(Giveaways.givesAway("the docker command", "Docker CLI")).isTrue();
        // a brand written as a brand is shared by the siblings: no giveaway
        assertThat(Giveaways.givesAway(
                        "_____ runs Docker containers across a cluster of Docker hosts.", "Docker Swarm"))
                .isFalse();
    }

    @Test
    void anotherFormOfAWordOfTheNameGivesItAway() {
        // clf-c02-notes, a second review: "scales" for Automatic scaling, "manually" for Manual Scaling
        assertThat(Giveaways.givesAway(
                        "Which of these is described as “scales based on event triggers”?", "Automatic scaling"))
                .isTrue();
        assertThat(Giveaways.givesAway(
                        "Which of these is described as “adjusting the number of instances manually based on load"
                                + " prediction”?",
                        "Manual Scaling"))
                .isTrue();
        assertThat(Giveaways.root("scaling"))
                .isEqualTo(Giveaways.root("scales"))
                .isEqualTo("scal");
        assertThat(Giveaways.root("manually")).isEqualTo("manual");
        assertThat(Giveaways.root("uses")).isEqualTo("uses"); // too short to cut
    }

    @Test
    void anAcronymsPluralInTheFileNameIsHiddenWithTheFile() {
        // content/containers/vms-vs-containers.md: "A(n) _____ is a software emulation of a complete computer."
        // was shown under "containers/vms-vs-containers.md" (rated BROKEN by a blind review)
        assertThat(TermForms.of("virtual machine (VM)")).contains("VM", "VMs");
        String shown = Topics.context(
                "containers/vms-vs-containers.md",
                java.util.List.of("Virtual machines and containers", "Virtual machines"),
                "virtual machine (VM)");
        assertThat(shown).startsWith("containers/").doesNotContain("vms");
    }

    @Test
    void aCompoundAnswerIsGivenAwayByItsLastPart() {
        assertThat(Giveaways.givesAway(
                        "_____ split a system into many small services, each responsible for one business capability.",
                        "Microservices"))
                .isTrue();
    }
}
