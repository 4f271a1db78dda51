package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.AccountState;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.UserAccount;
import id.deskpilkada.platform.domain.UserAdministrationRules.Refusal;
import id.deskpilkada.platform.domain.UserAdministrationRules;
import id.deskpilkada.platform.domain.agency.Agency;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.platform.UserRoleChanged;
import id.deskpilkada.platform.persistence.AgencyRepository;
import id.deskpilkada.platform.persistence.UserAccountRepository;
import id.deskpilkada.platform.persistence.UserListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * User administration for administrators: list, create, change roles and jurisdiction, unlock, deactivate
 * and activate, reset a password. An administrator who is not national sees and manages only accounts whose
 * whole jurisdiction lies inside their own, and can give no one more than that. Every change is audited;
 * a new account and every change of roles or jurisdiction publish {@link UserRoleChanged}.
 */
@ApplicationScoped
public class UserAdministration {

    public static final int MAX_PAGE = 500;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    @Inject
    AgencyRepository agencies;

    /** Accounts within the caller's reach that match the filter, by username. */
    @Transactional
    public List<UserSummary> page(UserFilter filter, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new IllegalArgumentException("Bad page: first " + first + ", max " + max + " (1-" + MAX_PAGE + ")");
        }
        List<UserAccount> page = accounts.page(query(filter, requireAdmin()), first, max);
        Map<String, String> names = accounts.regionNames(page.stream()
                .flatMap(a -> a.jurisdiction().stream()).toList());
        return page.stream().map(a -> summary(a, names)).toList();
    }

    @Transactional
    public long count(UserFilter filter) {
        return accounts.count(query(filter, requireAdmin()));
    }

    @Transactional
    public UserSummary find(String username) {
        return summary(managed(username, requireAdmin()));
    }

    /**
     * @throws RuleViolation         for a bad or taken username, a missing name or role, an unknown region,
     *                               or an initial password that breaks the policy
     * @throws AccessDeniedException for a jurisdiction outside the caller's
     */
    @Transactional
    public CreatedUser create(NewUser request) {
        Scope reach = requireAdmin();
        String username = availableUsername(request.username());
        String fullName = validFullName(request.fullName());
        Set<Role> roles = validRoles(request.roles());
        Set<String> jurisdiction = validJurisdiction(request.jurisdiction(), reach);
        String generated = null;
        String password = request.initialPassword();
        if (password == null || password.isEmpty()) {
            generated = PasswordGenerator.generate();
            password = generated;
        } else {
            PasswordPolicy.check(password, username);
        }
        UserAccount account = new UserAccount(username, fullName, hasher.hash(password), roles, now());
        account.assignJurisdiction(jurisdiction);
        accounts.add(account);
        audit.record("user.created", "user", username, account.primaryRegion(), null, UserAuditState.of(account));
        events.publish(roleChanged(account));
        return new CreatedUser(summary(account), generated);
    }

    /**
     * Replaces name, roles and jurisdiction. Refused when it would take away the last active national
     * administrator, or demote the caller.
     */
    @Transactional
    public UserSummary change(String username, UserChange change) {
        Scope reach = requireAdmin();
        UserAccount account = managed(username, reach);
        String fullName = validFullName(change.fullName());
        Set<Role> roles = validRoles(change.roles());
        Set<String> jurisdiction = validJurisdiction(change.jurisdiction(), reach);
        refuseUnless(account, state -> state.withRolesAndJurisdiction(roles, jurisdiction));
        UserAuditState before = UserAuditState.of(account);
        boolean rolesOrJurisdictionChange = !account.roles().equals(roles)
                || !account.jurisdiction().equals(jurisdiction);
        account.changeFullName(fullName);
        account.changeRoles(roles);
        account.assignJurisdiction(jurisdiction);
        recordIfChanged("user.changed", account, before);
        if (rolesOrJurisdictionChange) {
            events.publish(roleChanged(account));
        }
        return summary(account);
    }

    /**
     * The agency the user works for (their action items, meeting invitations), or none. The agency must be active
     * and lie within the administrator's reach.
     */
    @Transactional
    public UserSummary assignAgency(String username, UUID agencyId) {
        Scope reach = requireAdmin();
        UserAccount account = managed(username, reach);
        if (agencyId != null) {
            Agency agency = agencies.find(agencyId).filter(Agency::active)
                    .orElseThrow(() -> new RuleViolation("user.agency.unknown", "Unknown or inactive agency"));
            if (!reach.covers(agency.regionCode())) {
                throw new AccessDeniedException("Agency " + agency.name() + " is outside your jurisdiction");
            }
        }
        UserAuditState before = UserAuditState.of(account);
        account.workFor(agencyId);
        audit.record("user.agency", "user", account.username(), account.primaryRegion(),
                before, java.util.Map.of("agency", String.valueOf(agencyId)));
        return summary(account);
    }

    /** Lifts a lockout after failed logins. */
    @Transactional
    public UserSummary unlock(String username) {
        UserAccount account = managed(username, requireAdmin());
        UserAuditState before = UserAuditState.of(account);
        account.unlock();
        recordIfChanged("user.unlocked", account, before);
        return summary(account);
    }

    /** The account can no longer log in, and an open session of it no longer sees any region. */
    @Transactional
    public UserSummary deactivate(String username) {
        UserAccount account = managed(username, requireAdmin());
        refuseUnless(account, state -> state.withActive(false));
        UserAuditState before = UserAuditState.of(account);
        account.deactivate();
        recordIfChanged("user.deactivated", account, before);
        return summary(account);
    }

    @Transactional
    public UserSummary activate(String username) {
        UserAccount account = managed(username, requireAdmin());
        UserAuditState before = UserAuditState.of(account);
        account.activate();
        recordIfChanged("user.activated", account, before);
        return summary(account);
    }

    /** Gives the user a generated password (and lifts a lockout); the caller hands it over. */
    @Transactional
    public OneTimePassword resetPassword(String username) {
        UserAccount account = managed(username, requireAdmin());
        UserAdministrationRules.passwordResetRefusal(isCaller(account)).ifPresent(UserAdministration::refuse);
        UserAuditState before = UserAuditState.of(account);
        String password = PasswordGenerator.generate();
        account.resetPassword(hasher.hash(password), now());
        audit.record("user.passwordReset", "user", account.username(), account.primaryRegion(), before,
                UserAuditState.of(account));
        return new OneTimePassword(account.username(), password);
    }

    private Scope requireAdmin() {
        access.requireAnyRole(Role.ADMIN);
        return access.scope();
    }

    /** An existing account the caller may manage. */
    private UserAccount managed(String username, Scope reach) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new RuleViolation("user.notFound", "No user " + username, username));
        if (!UserAdministrationRules.mayManage(reach, account.jurisdiction())) {
            throw new AccessDeniedException("User " + account.username() + " lies outside your jurisdiction");
        }
        return account;
    }

    /**
     * Asks the rules about a change of the account's state. When the change would take an active national
     * administrator away, all of them are locked first and counted under the lock, so that two administrators
     * demoting each other at the same moment cannot both succeed.
     */
    private void refuseUnless(UserAccount account, UnaryOperator<AccountState> change) {
        AccountState before = account.state();
        long otherNationalAdmins = 0;
        if (UserAdministrationRules.removesANationalAdmin(before, change.apply(before))) {
            List<UserAccount> admins = accounts.lockActiveNationalAdmins();
            before = account.state();
            otherNationalAdmins = admins.stream().filter(a -> !a.id().equals(account.id())).count();
        }
        UserAdministrationRules.refusal(isCaller(account), before, change.apply(before), otherNationalAdmins)
                .ifPresent(UserAdministration::refuse);
    }

    private static void refuse(Refusal refusal) {
        throw new RuleViolation("user.refused." + refusal.name(), switch (refusal) {
            case SELF_DEACTIVATION -> "You cannot deactivate your own account";
            case SELF_DEMOTION -> "You cannot remove your own ADMIN role or narrow your own jurisdiction";
            case LAST_NATIONAL_ADMIN -> "The last active national administrator must stay one";
            case SELF_PASSWORD_RESET -> "Change your own password on the account page, with the current one";
        });
    }

    private boolean isCaller(UserAccount account) {
        return access.callerName().map(UserAccount::normalizeUsername).filter(account.username()::equals)
                .isPresent();
    }

    private String availableUsername(String requested) {
        String username = UserAccount.normalizeUsername(requested);
        if (!UserAccount.isValidUsername(username)) {
            throw new RuleViolation("user.usernameInvalid",
                    "Username must be 3-60 of a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        if (UserAccount.RESERVED_USERNAMES.contains(username)) {
            throw new RuleViolation("user.usernameReserved", "Username is reserved: " + username, username);
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new RuleViolation("user.usernameTaken", "Username already taken: " + username, username);
        }
        return username;
    }

    private static String validFullName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new RuleViolation("user.fullNameRequired", "Full name is required");
        }
        if (fullName.strip().length() > UserAccount.MAX_FULL_NAME) {
            throw new RuleViolation("user.fullNameTooLong",
                    "Full name is longer than " + UserAccount.MAX_FULL_NAME + " characters", UserAccount.MAX_FULL_NAME);
        }
        return fullName.strip();
    }

    private static Set<Role> validRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolation("user.rolesRequired", "A user needs at least one role");
        }
        return EnumSet.copyOf(roles);
    }

    /** Existing region codes (or the nation) inside the caller's reach, in their smallest form. */
    private Set<String> validJurisdiction(Collection<String> requested, Scope reach) {
        Set<String> codes = requested == null ? Set.of() : UserAdministrationRules.normalizeJurisdiction(requested);
        if (codes.isEmpty()) {
            throw new RuleViolation("user.jurisdictionRequired",
                    "A user needs a jurisdiction: one or more regions, or the whole nation");
        }
        Map<String, String> existing = accounts.regionNames(codes);
        Optional<String> unknown = codes.stream()
                .filter(code -> !code.isEmpty() && (!RegionCode.isWellFormed(code) || !existing.containsKey(code)))
                .sorted().findFirst();
        if (unknown.isPresent()) {
            throw new RuleViolation("user.unknownRegion", "No region has the code " + unknown.get(), unknown.get());
        }
        if (!UserAdministrationRules.mayManage(reach, codes)) {
            throw new AccessDeniedException("The jurisdiction " + codes + " lies outside your own");
        }
        return codes;
    }

    private void recordIfChanged(String action, UserAccount account, UserAuditState before) {
        UserAuditState after = UserAuditState.of(account);
        if (!after.equals(before)) {
            audit.record(action, "user", account.username(), account.primaryRegion(), before, after);
        }
    }

    private static UserListQuery query(UserFilter filter, Scope reach) {
        UserFilter f = filter == null ? UserFilter.ALL : filter;
        return UserListQuery.of(f.text(), f.role(), f.locked(), reach);
    }

    private static UserRoleChanged roleChanged(UserAccount account) {
        UserAuditState state = UserAuditState.of(account);
        return new UserRoleChanged(account.primaryRegion(), account.username(), state.roles(), state.jurisdiction());
    }

    private UserSummary summary(UserAccount account) {
        return summary(account, accounts.regionNames(account.jurisdiction()));
    }

    private static UserSummary summary(UserAccount account, Map<String, String> regionNames) {
        return new UserSummary(account.id(), account.username(), account.fullName(),
                List.copyOf(EnumSet.copyOf(account.roles())),
                account.jurisdiction().stream().sorted()
                        .map(code -> new JurisdictionRegion(code, regionNames.get(code))).toList(),
                account.active(), account.locked(), account.failedLogins(), account.lockedAt(),
                account.createdAt(), account.passwordChangedAt(), account.agencyId().orElse(null));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
