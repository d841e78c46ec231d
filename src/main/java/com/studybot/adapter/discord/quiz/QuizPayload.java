package com.studybot.adapter.discord.quiz;

import com.studybot.core.quiz.Learner;

/** What a quiz message's buttons stand for: whose quiz, where, and which question they answer. */
record QuizPayload(Learner learner, int question) {
    String encode() {
        return learner.user() + "\t" + learner.scope() + "\t" + question;
    }

    static QuizPayload decode(String payload) {
        String[] p = payload.split("\t", -1);
        return new QuizPayload(new Learner(p[0], p[1]), Integer.parseInt(p[2]));
    }
}
