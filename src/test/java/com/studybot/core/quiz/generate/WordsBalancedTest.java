package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class WordsBalancedTest {
    @Test
    void aDescriptionCutInsideABracketIsNotBalanced() {
        // obsidian-cs-notes-zh, Ninja 使用笔记.md: an option read "与ninja clean（即build.ninja里build clean" (rated BROKEN)
        assertThat(Words.balanced("与ninja clean（即build.ninja里build clean")).isFalse();
        assertThat(Words.balanced("Stores objects (files) in buckets")).isTrue();
        assertThat(Words.balanced("起一个本地 HTTP 服务（默认http://localhost:8000）用浏览器可视化整张依赖图"))
                .isTrue();
        assertThat(Words.balanced("Let’s you deploy “containers” (and [tasks])"))
                .isTrue();
        assertThat(Words.balanced("a closing ) before its opening (")).isFalse();
    }
}
