package com.studybot.core.quiz;

import com.studybot.core.content.Note;
import com.studybot.core.content.NoteSource;
import com.studybot.core.content.ReadResult;
import com.studybot.core.content.SourceFile;
import com.studybot.core.quiz.generate.QuestionGenerator;
import java.util.ArrayList;
import java.util.List;

/** The pool read from the notes folder: its cards and the questions generated from its notes, every call anew. */
public final class NotesQuestionPool implements QuestionPool {
    private final NoteSource notes;
    private final CardSource cards;
    private final QuestionGenerator generator;

    public NotesQuestionPool(NoteSource notes, CardSource cards, QuestionGenerator generator) {
        this.notes = notes;
        this.cards = cards;
        this.generator = generator;
    }

    @Override
    public QuestionGenerator.Result all() {
        var parsed = new ArrayList<Note>();
        for (SourceFile f : notes.list()) {
            if (notes.read(f) instanceof ReadResult.Parsed p) {
                parsed.add(p.note());
            }
        }
        return generator.generate(List.copyOf(parsed), cards.cards());
    }
}
