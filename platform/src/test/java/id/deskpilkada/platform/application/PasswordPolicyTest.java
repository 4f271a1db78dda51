package id.deskpilkada.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.application.PasswordPolicy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Pilkada2024!", "kupang-kota-5371", "sepuluh.1x", "Kata sandi ini panjang sekali",
            "ÁrvíztűrőX9"})
    void acceptsLongEnoughPasswordsWithLettersAndADigitOrSign(String password) {
        assertThat(PasswordPolicy.violation(password, "maria")).isEmpty();
        PasswordPolicy.check(password);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a", "Pilkada24", "123456789"})
    void refusesShortPasswords(String password) {
        assertThat(PasswordPolicy.violation(password, null)).contains(Violation.TOO_SHORT);
    }

    @Test
    void lengthBoundaries() {
        assertThat(PasswordPolicy.violation("abcdefgh1!", null)).isEmpty();
        assertThat(PasswordPolicy.violation("abcdefgh1", null)).contains(Violation.TOO_SHORT);
        assertThat(PasswordPolicy.violation("a1".repeat(64), null)).isEmpty();
        assertThat(PasswordPolicy.violation("a1".repeat(64) + "x", null)).contains(Violation.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"onlyletterspassword", "KataSandiSaja", "1234567890", "!!!!!!!!!!!!", "2024-11-27 07:00"})
    void refusesPasswordsOfOnlyLettersOrWithoutLetters(String password) {
        assertThat(PasswordPolicy.violation(password, null)).contains(Violation.LETTERS_AND_MORE);
    }

    @Test
    void refusesAPasswordContainingTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.violation("Maria.Ndun2024", "maria.ndun")).contains(Violation.CONTAINS_USERNAME);
        assertThat(PasswordPolicy.violation("xxLOGISTIK-99", "logistik")).contains(Violation.CONTAINS_USERNAME);
        assertThat(PasswordPolicy.violation("Pilkada2024!", "logistik")).isEmpty();
        assertThat(PasswordPolicy.violation("Pilkada2024!", "  ")).isEmpty();
    }

    @Test
    void checkThrowsARuleViolationWithTheKeyOfTheFirstBrokenRule() {
        assertThatThrownBy(() -> PasswordPolicy.check("kurang1"))
                .isInstanceOf(RuleViolation.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 characters")
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("account.password.tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check("admin-pilkada-1", "admin"))
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("account.password.containsUsername");
    }

    @Test
    void violationArgumentsCarryTheLimitsForTheMessage() {
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(200) + "1"))
                .extracting(e -> ((RuleViolation) e).arguments())
                .isEqualTo(new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH});
    }
}
