package com.studybot.adapter.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * English fields are stemmed (EnglishAnalyzer), Chinese fields segmented into words (SmartChineseAnalyzer).
 * Both drop question words ("what", "how", "什么", "如何") so they neither match nor count as evidence.
 */
final class Analyzers {
    private static final List<String> ENGLISH_QUESTION_WORDS = List.of(
            "what",
            "whats",
            "how",
            "why",
            "when",
            "where",
            "which",
            "who",
            "whom",
            "do",
            "does",
            "did",
            "i",
            "you",
            "we",
            "me",
            "my",
            "your",
            "can",
            "could",
            "should",
            "would",
            "explain",
            "tell",
            "describe",
            "mean",
            "means",
            "meaning",
            "define",
            "definition",
            "about",
            "vs",
            "versus",
            "difference",
            "between",
            "s",
            "its",
            "has",
            "have",
            "been",
            "so",
            "some",
            "any",
            "use",
            "used",
            "using",
            "work",
            "works",
            "get");
    private static final List<String> CHINESE_QUESTION_WORDS = List.of(
            "什么", "是", "的", "了", "吗", "呢", "怎么", "怎样", "如何", "为什么", "哪些", "哪个", "什么样", "有", "和", "与", "在", "中", "用",
            "使用", "我", "你", "一个", "这个", "那个", "请", "介绍", "一下", "区别", "作用", "意思", "啥");

    private Analyzers() {}

    static Analyzer english() {
        var stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(ENGLISH_QUESTION_WORDS);
        return new EnglishAnalyzer(stop);
    }

    static Analyzer chinese() {
        var stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        stop.addAll(CHINESE_QUESTION_WORDS);
        stop.addAll(ENGLISH_QUESTION_WORDS);
        stop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new SmartChineseAnalyzer(stop);
    }

    /** The analyzer used when writing the index: per field, English by default. */
    static Analyzer perField(Analyzer english, Analyzer chinese) {
        return new PerFieldAnalyzerWrapper(english, Map.of(IndexFields.BODY_ZH, chinese, IndexFields.HEAD_ZH, chinese));
    }
}
