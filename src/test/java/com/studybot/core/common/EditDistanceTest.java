package com.studybot.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class EditDistanceTest {
    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("trackng", "tracking")).isEqualTo(1);
        assertThat(EditDistance.between("teh", "the")).isEqualTo(1);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.within("kubernetes", "kuberntees", 1)).isTrue();
        assertThat(EditDistance.within("kubernetes", "kubrentes", 1)).isFalse();
        assertThat(EditDistance.within("kubernetes", "kubrentes", 2)).isTrue();
    }

    @Test
    void theBandedCheckAgreesWithTheFullDistanceOnSeededRandomPairs() {
        var random = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            String alphabet = n % 3 == 0 ? "ab" : n % 3 == 1 ? "abcd" : "abcdefghijklmnopqrstuvwxyz";
            String a = word(random, alphabet, random.nextInt(13));
            String b = random.nextBoolean() ? word(random, alphabet, random.nextInt(13)) : typo(random, a, alphabet);
            int max = random.nextInt(5);
            assertThat(EditDistance.within(a, b, max))
                    .as("%s / %s within %d", a, b, max)
                    .isEqualTo(EditDistance.between(a, b) <= max);
        }
    }

    @Test
    void wordsLongerThanTheRowBuffersGetTheSameAnswer() {
        var random = new Random(17);
        for (int n = 0; n < 2_000; n++) {
            String a = word(random, "abc", 60 + random.nextInt(20));
            String b = typo(random, typo(random, a, "abc"), "abc");
            int max = random.nextInt(4);
            assertThat(EditDistance.within(a, b, max)).isEqualTo(EditDistance.between(a, b) <= max);
        }
    }

    @Test
    void aNegativeBudgetMatchesNothing() {
        assertThat(EditDistance.within("same", "same", -1)).isFalse();
        assertThat(EditDistance.within("same", "same", 0)).isTrue();
    }

    private static String word(Random random, String alphabet, int length) {
        var sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Up to three random edits: insert, delete, substitute or swap neighbours. */
    private static String typo(Random random, String word, String alphabet) {
        var sb = new StringBuilder(word);
        for (int e = random.nextInt(4); e > 0; e--) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (sb.length() < 2 ? 0 : random.nextInt(4)) {
                case 0 -> sb.insert(at, c);
                case 1 -> sb.deleteCharAt(at);
                case 2 -> sb.setCharAt(at, c);
                default -> {
                    int i = Math.min(at, sb.length() - 2);
                    char x = sb.charAt(i);
                    sb.setCharAt(i, sb.charAt(i + 1));
                    sb.setCharAt(i + 1, x);
                }
            }
        }
        return sb.toString();
    }
}
