package com.studybot.adapter.content;

import com.studybot.core.quiz.generate.Pinyin;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin by pinyin4j's table of Han readings: every reading of each character (乐 is "le" and "yue"), combined
 * for a run, up to {@link #MOST} combinations.
 */
public final class Pinyin4jReadings implements Pinyin {
    /** Enough for a run of four characters with two readings each. */
    static final int MOST = 16;

    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();

    public Pinyin4jReadings() {
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    @Override
    public Set<String> readings(String han) {
        Set<String> runs = new LinkedHashSet<>(List.of(""));
        for (int i = 0; i < han.length(); i++) {
            Set<String> each = of(han.charAt(i));
            if (each.isEmpty()) {
                return Set.of();
            }
            var next = new LinkedHashSet<String>();
            for (String run : runs) {
                for (String r : each) {
                    if (next.size() < MOST) {
                        next.add(run + r);
                    }
                }
            }
            runs = next;
        }
        return Set.copyOf(runs);
    }

    private Set<String> of(char c) {
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, format);
            return all == null ? Set.of() : Set.of(new LinkedHashSet<>(List.of(all)).toArray(String[]::new));
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j refused its own format", e);
        }
    }
}
