package id.deskpilkada.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordGeneratorTest {

    /** Upper and lower case letters and digits without the look-alikes 0 O o 1 I l. */
    private static final String UNAMBIGUOUS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @RepeatedTest(20)
    void generatedPasswordIsTwentyUnambiguousCharacters() {
        String password = PasswordGenerator.generate();

        assertThat(password).hasSize(20);
        assertThat(password.chars()).allMatch(c -> UNAMBIGUOUS.indexOf(c) >= 0);
        assertThat(password).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "o", "1", "I", "l");
    }

    @Test
    void everyGeneratedPasswordMeetsThePolicy() {
        // about one raw draw in twenty has no digit; 2,000 passwords would show ~100 failures if kept
        for (int i = 0; i < 2_000; i++) {
            String password = PasswordGenerator.generate();
            assertThat(PasswordPolicy.violation(password, null)).as(password).isEmpty();
        }
    }

    @Test
    void generatedPasswordsDifferBetweenCalls() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            passwords.add(PasswordGenerator.generate());
        }

        assertThat(passwords).hasSize(200);
    }

    @Test
    void generatedPasswordsUseTheWholeAlphabet() {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            all.append(PasswordGenerator.generate());
        }
        Set<Integer> seen = all.chars().boxed().collect(Collectors.toSet());

        // 10,000 draws from 56 symbols: a missing symbol would mean a biased or truncated alphabet
        assertThat(seen).containsExactlyInAnyOrderElementsOf(UNAMBIGUOUS.chars().boxed().toList());
        assertThat(PasswordGenerator.ALPHABET).isEqualTo(UNAMBIGUOUS);
    }
}
