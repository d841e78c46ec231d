package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BareListsTest {
    @Test
    void aLabelWhoseDescriptionIsABareListIsNotAsked() {
        // from a blind review of the AWS exam notes (each rated WEAK: the prompt does not say what it asks)
        assertThat(QuestionChecks.bareList("_____: CPU utilization, disk I/O, network I/O."))
                .isTrue();
        assertThat(QuestionChecks.bareList("_____: Invocation count, error count, duration."))
                .isTrue();
        assertThat(QuestionChecks.bareList("_____: Patch Management, Configuration Management, Awareness & Training."))
                .isTrue();
    }

    @Test
    void aDescriptionThatSaysSomethingStands() {
        assertThat(QuestionChecks.bareList("_____: Automatic failover, high availability for production environments."))
                .isFalse();
        assertThat(QuestionChecks.bareList("_____: stores objects in buckets, versions them and replicates them."))
                .isFalse();
        assertThat(QuestionChecks.bareList("_____ is a serverless compute engine for containers."))
                .isFalse();
        assertThat(QuestionChecks.bareList("_____：自定义补全目录、函数目录、配置文件。")).isFalse();
    }

    @Test
    void aSectionOfListsDefinesNoneOfItsLabels() {
        // the exam notes' "Important Metrics": "Billing: Total Estimated Charge" is a category of the list too
        String metrics = """
                - **EC2 Instances:** CPU utilization, disk I/O, network I/O.
                  - Default metrics every 5 minutes
                - EBS volumes: Disk Read/Writes
                - RDS Databases: CPU utilization, free storage space, read/write IOPS.
                - Billing:Total Estimated Charge (only in us-east-1)
                """;
        assertThat(QuestionChecks.listOfLists(metrics)).isTrue();
        String deployments = """
                - Read Replicas: Improves read performance, asynchronous replication.
                - Multi-AZ: Automatic failover, high availability for production environments.
                - Multi-Region: Disaster recovery across regions, global availability.
                """;
        assertThat(QuestionChecks.listOfLists(deployments)).isFalse();
    }

    @Test
    void aShortDescriptionNamingASiblingPointsToIt() {
        // clf-c02-notes, "Billing and Costing Tools - Summary" (rated BROKEN by two reviewers: Cost Explorer fits)
        var tools = java.util.List.of(
                "Pricing Calculator", "Cost Explorer", "AWS Budgets", "Compute Optimizer", "Cost and Usage Reports");
        assertThat(QuestionChecks.siblingNamed("cost of services on AWS.", "Pricing Calculator", tools))
                .contains("Cost Explorer");
        assertThat(QuestionChecks.siblingNamed(
                        "recommends resources’ configurations to reduce cost.", "Compute Optimizer", tools))
                .isEmpty();
        assertThat(QuestionChecks.siblingNamed("set custom budgets that alert you.", "AWS Budgets", tools))
                .isEmpty();
        // a longer description says more of its own term; an option of the command is no sibling to point to
        assertThat(QuestionChecks.siblingNamed(
                        "Automatically adjusting the number of instances based on demand.",
                        "Auto Scaling",
                        java.util.List.of("Auto Scaling", "Instance Type", "Load Balancing")))
                .isEmpty();
        assertThat(QuestionChecks.siblingNamed(
                        "Prints number of bytes.", "wc", java.util.List.of("wc", "-c / --bytes")))
                .isEmpty();
    }
}
