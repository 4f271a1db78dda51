package id.deskpilkada.platform.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an administrator may do to an account. Kept free of persistence so each rule is tested on its own;
 * the application service gathers the facts (who acts, the state before and after, how many other national
 * administrators remain) and asks here.
 */
public final class UserAdministrationRules {

    /** Why a change is refused although the administrator may manage the account. */
    public enum Refusal {
        /** Nobody switches off their own account: they would lock themselves out mid-task. */
        SELF_DEACTIVATION,
        /** Nobody removes their own ADMIN role or narrows their own jurisdiction. */
        SELF_DEMOTION,
        /** The installation always keeps one active administrator of the whole nation. */
        LAST_NATIONAL_ADMIN,
        /**
         * Administrators change their own password like everyone else, with the current one: otherwise a
         * session left open would be enough to take the account over.
         */
        SELF_PASSWORD_RESET
    }

    private UserAdministrationRules() {
    }

    /**
     * Whether an administrator with {@code adminScope} may see and manage an account with this jurisdiction:
     * a national administrator manages everyone, any other only accounts whose whole jurisdiction lies
     * inside theirs (so a provincial administrator can neither touch nor create a national account).
     */
    public static boolean mayManage(Scope adminScope, Set<String> jurisdiction) {
        if (adminScope.isNational()) {
            return true;
        }
        return !jurisdiction.isEmpty() && jurisdiction.stream().allMatch(adminScope::covers);
    }

    /**
     * The smallest equivalent set of jurisdiction codes: blanks around codes stripped, codes lying under
     * another given code dropped ("53" already covers "53.71"), and the nation ({@code ""}) replacing all.
     */
    public static Set<String> normalizeJurisdiction(Collection<String> codes) {
        Set<String> stripped = codes.stream().filter(Objects::nonNull).map(String::strip)
                .collect(Collectors.toSet());
        if (stripped.contains("")) {
            return Set.of("");
        }
        return stripped.stream()
                .filter(code -> stripped.stream().noneMatch(other -> !other.equals(code) && code.startsWith(other + ".")))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the change takes an active national administrator away; only then does the caller need to
     * count (and lock) the others.
     */
    public static boolean removesANationalAdmin(AccountState before, AccountState after) {
        return before.isActiveNationalAdmin() && !after.isActiveNationalAdmin();
    }

    /**
     * @param self                      whether the administrator changes their own account
     * @param otherActiveNationalAdmins active national administrators besides the account changed
     * @return the reason to refuse the change, or empty when it may go ahead
     */
    public static Optional<Refusal> refusal(boolean self, AccountState before, AccountState after,
                                            long otherActiveNationalAdmins) {
        if (self && before.active() && !after.active()) {
            return Optional.of(Refusal.SELF_DEACTIVATION);
        }
        if (self && demotes(before, after)) {
            return Optional.of(Refusal.SELF_DEMOTION);
        }
        if (removesANationalAdmin(before, after) && otherActiveNationalAdmins < 1) {
            return Optional.of(Refusal.LAST_NATIONAL_ADMIN);
        }
        return Optional.empty();
    }

    /** Resetting a password hands out a new one without knowing the old: for other people's accounts only. */
    public static Optional<Refusal> passwordResetRefusal(boolean self) {
        return self ? Optional.of(Refusal.SELF_PASSWORD_RESET) : Optional.empty();
    }

    /** Losing the ADMIN role, or a jurisdiction that no longer covers all of the old one. */
    static boolean demotes(AccountState before, AccountState after) {
        boolean losesAdmin = before.roles().contains(Role.ADMIN) && !after.roles().contains(Role.ADMIN);
        Scope newScope = new Scope(after.jurisdiction());
        boolean narrows = !before.jurisdiction().stream().allMatch(newScope::covers);
        return losesAdmin || narrows;
    }
}
