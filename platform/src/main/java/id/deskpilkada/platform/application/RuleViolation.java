package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.BrokenRule;
import java.util.List;

/**
 * A request that breaks a business rule the user can act on (a weak password, a taken username, the last
 * administrator). Carries a message key so that pages can say it in the user's language; the English
 * message serves the log and the REST API (400, since it is an {@link IllegalArgumentException}).
 */
public class RuleViolation extends IllegalArgumentException implements BrokenRule {

    private final String messageKey;
    private final transient List<Object> arguments;

    public RuleViolation(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public Object[] arguments() {
        return arguments.toArray();
    }
}
