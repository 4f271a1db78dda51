package id.deskpilkada.platform.domain;

import java.text.MessageFormat;

/**
 * The kinds of rule a module's requests can break, as an enum: each names its bundle key (a module prefix and
 * the constant's name) and its English text for logs and the REST API.
 */
public interface ProblemCode {

    /** The constant's name (enums have it). */
    String name();

    /** e.g. {@code "meeting.problem."}. */
    String keyPrefix();

    /** The English text, a MessageFormat pattern. */
    String englishPattern();

    default String messageKey() {
        return keyPrefix() + name();
    }

    default String english(Object... arguments) {
        return MessageFormat.format(englishPattern(), arguments);
    }
}
