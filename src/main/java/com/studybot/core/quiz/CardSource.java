package com.studybot.core.quiz;

import java.util.List;

/** The flash cards written in the notes. */
public interface CardSource {
    List<Card> cards();
}
