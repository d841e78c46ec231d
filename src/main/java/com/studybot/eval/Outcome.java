package com.studybot.eval;

/** How the engine did on one dev-set question: rank of the first hit (0 = none in top k). */
public record Outcome(DevSetQuestion question, int firstHitRank, boolean grounded, double confidence, String top) {}
