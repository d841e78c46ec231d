package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the generator takes for one named thing, and what it does not. */
final class NamedThingsTest {
    @Test
    void aListOfThingsIsNotOneThing() {
        // a bold list line of the AWS notes; offered as an option beside one of its items, a second right answer
        assertThat(NamedThings.notAThing("Application Load Balancer, API Gateway, CloudFront"))
                .contains("list of things");
        assertThat(NamedThings.notAThing("Redis、Memcached")).contains("list of things");
        assertThat(NamedThings.notAThing("进程，线程")).contains("list of things");
    }

    @Test
    void namesStayThings() {
        assertThat(NamedThings.isThing("Application Load Balancer")).isTrue();
        assertThat(NamedThings.isThing("Amazon CloudWatch")).isTrue();
        assertThat(NamedThings.isThing("EC2")).isTrue();
        assertThat(NamedThings.notAThing("1,000 Genomes Project"))
                .isNotEqualTo(java.util.Optional.of("list of things"));
    }

    @Test
    void whatAToolDoesWithTwoThingsIsNoName() {
        // the AWS notes' "Key Features of AWS CLI": "JSON and YAML output: Format CLI responses …" (rated BROKEN typed)
        assertThat(NamedThings.notAThing("JSON and YAML output")).contains("feature of two things");
        assertThat(NamedThings.notAThing("Text or image generation")).contains("feature of two things");
        // a name writes its last word capitalised
        assertThat(NamedThings.isThing("Identity and Access Management")).isTrue();
        assertThat(NamedThings.isThing("Backup and Restore")).isTrue();
        assertThat(NamedThings.isThing("AWS Trusted Advisor")).isTrue();
    }

    @Test
    void aSloganIsNoThing() {
        // the AWS notes' pricing models: "Save when you reserve: minimize risks, …" (rated WEAK as a typed answer)
        assertThat(NamedThings.notAThing("Save when you reserve")).contains("clause");
        assertThat(NamedThings.isThing("Reserved Instances")).isTrue();
    }
}
