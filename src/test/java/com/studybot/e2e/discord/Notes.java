package com.studybot.e2e.discord;

import java.util.Map;

/** Notes the bot is tested over: AWS services defined (for multiple choice), a card, a long section. */
final class Notes {
    private Notes() {}

    static Map<String, String> all() {
        return Map.of(
                "aws/services.md",
                BotFixture.note(
                        "# AWS services",
                        "## AWS Fargate",
                        "**AWS Fargate** is a serverless compute engine for containers that runs them without servers"
                                + " to manage.",
                        "## AWS Lambda",
                        "**AWS Lambda** is a serverless compute service that runs your code as functions when events"
                                + " arrive.",
                        "## AWS X-Ray",
                        "**AWS X-Ray** is a distributed tracing service that follows requests across services.",
                        "## Amazon CloudWatch",
                        "**Amazon CloudWatch** is a monitoring service that can page @everyone on call when an alarm"
                                + " fires.",
                        "## AWS App Runner",
                        "**AWS App Runner** is the quickest way to put a containerised web application online."),
                "cards/aws-cards.md",
                BotFixture.note("# AWS cards", "Which AWS service traces requests across services::AWS X-Ray"),
                "long/history.md",
                BotFixture.note("# Long history", "## Containers over the years", longSection()));
    }

    /** About 5,000 characters on one heading, so its passages cannot fit one message. */
    private static String longSection() {
        var sb = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            sb.append("In year ")
                    .append(1999 + i)
                    .append(" container tooling gained feature number ")
                    .append(i)
                    .append(", which made isolating processes on shared kernels a little easier for operators. ");
            if (i % 5 == 0) {
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }
}
