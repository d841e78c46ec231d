package com.studybot.adapter.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Han characters read in pinyin without tones, every reading of each character combined. */
final class Pinyin4jReadingsTest {
    private final Pinyin4jReadings pinyin = new Pinyin4jReadings();

    @Test
    void aNameIsReadAsItsLatinSpelling() {
        assertThat(pinyin.readings("知乎")).contains("zhihu");
        assertThat(pinyin.readings("钉钉")).contains("dingding");
        assertThat(pinyin.readings("阿里云")).contains("aliyun");
    }

    @Test
    void aCharacterWithTwoReadingsGivesBoth() {
        assertThat(pinyin.readings("音乐")).contains("yinyue", "yinle");
    }

    @Test
    void whatIsNotHanHasNoReading() {
        assertThat(pinyin.readings("VS")).isEmpty();
        assertThat(pinyin.readings("知a")).isEmpty();
    }
}
