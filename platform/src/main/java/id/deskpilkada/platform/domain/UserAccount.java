package id.deskpilkada.platform.domain;

import id.deskpilkada.platform.domain.region.RegionCode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** A person who logs in to the portal. The password is only ever held as a PBKDF2 hash. */
@Entity
@Table(name = "plt_user_account")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    /** The audit trail and the event envelope name work without a caller "system"; no person may be it. */
    public static final Set<String> RESERVED_USERNAMES = Set.of("system");

    /** The column's width. */
    public static final int MAX_FULL_NAME = 200;

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plt_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Region-code prefixes the user may see and change; {@code ""} is the whole nation. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plt_user_jurisdiction", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "region_code")
    private Set<String> jurisdiction = new HashSet<>();

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_at")
    private LocalDateTime lockedAt;

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    /** The agency the user works for, if any: their agency's action items and invitations. */
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "agency_id")
    private UUID agencyId;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String passwordHash, Set<Role> roles, LocalDateTime now) {
        String normalized = normalizeUsername(username);
        if (!isValidUsername(normalized)) {
            throw new IllegalArgumentException("Username must be 3-60 of a-z, 0-9, '.', '_' or '-': " + username);
        }
        if (RESERVED_USERNAMES.contains(normalized)) {
            throw new IllegalArgumentException("Username is reserved: " + normalized);
        }
        this.id = UUID.randomUUID();
        this.username = normalized;
        this.fullName = requireFullName(fullName);
        this.passwordHash = passwordHash;
        this.roles = requireRoles(roles);
        this.active = true;
        this.createdAt = now;
    }

    /** Whether an already {@link #normalizeUsername normalised} name has the allowed shape. */
    public static boolean isValidUsername(String normalized) {
        return normalized != null && USERNAME.matcher(normalized).matches();
    }

    /** Replaces the jurisdiction; every entry must be a region code, or {@code ""} for the nation. */
    public void assignJurisdiction(Set<String> regionPrefixes) {
        if (regionPrefixes == null || regionPrefixes.isEmpty()) {
            throw new IllegalArgumentException("A user needs a jurisdiction: region codes or the nation");
        }
        for (String prefix : regionPrefixes) {
            if (!prefix.isEmpty() && !RegionCode.isWellFormed(prefix)) {
                throw new IllegalArgumentException("Not a region code: " + prefix);
            }
        }
        jurisdiction = new HashSet<>(regionPrefixes);
    }

    /** Counts a failed login and locks the account once {@code maxAttempts} failures follow each other. */
    public void failedLogin(int maxAttempts, LocalDateTime now) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt must be allowed: " + maxAttempts);
        }
        failedLogins++;
        if (failedLogins >= maxAttempts && lockedAt == null) {
            lockedAt = now;
        }
    }

    public void succeededLogin() {
        failedLogins = 0;
    }

    public void unlock() {
        lockedAt = null;
        failedLogins = 0;
    }

    /**
     * The user chose a new password (after proving the current one). Earlier failed attempts no longer
     * count towards the lockout.
     */
    public void changePassword(String newHash, LocalDateTime now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        failedLogins = 0;
    }

    /**
     * An administrator gave the user a new password. It also lifts a lockout: the usual reason for a reset
     * is a user who locked themselves out by forgetting the old one.
     */
    public void resetPassword(String newHash, LocalDateTime now) {
        changePassword(newHash, now);
        unlock();
    }

    public void changeRoles(Set<Role> newRoles) {
        roles = requireRoles(newRoles);
    }

    public void changeFullName(String newFullName) {
        fullName = requireFullName(newFullName);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public boolean locked() {
        return lockedAt != null;
    }

    public LocalDateTime lockedAt() {
        return lockedAt;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public void workFor(UUID agency) {
        this.agencyId = agency;
    }

    public Optional<UUID> agencyId() {
        return Optional.ofNullable(agencyId);
    }

    public Set<String> jurisdiction() {
        return Set.copyOf(jurisdiction);
    }

    /** What the account may do and where, as the administration rules compare it before and after a change. */
    public AccountState state() {
        return new AccountState(roles(), jurisdiction(), active);
    }

    /**
     * The region the account belongs to for the audit trail and events: its first jurisdiction code in code
     * order, {@code ""} for a national account.
     */
    public String primaryRegion() {
        return new Scope(jurisdiction).sortedPrefixes().stream().findFirst().orElse("");
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime passwordChangedAt() {
        return passwordChangedAt;
    }

    private static String requireFullName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("Full name is required");
        }
        if (fullName.strip().length() > MAX_FULL_NAME) {
            throw new IllegalArgumentException("Full name is longer than " + MAX_FULL_NAME + " characters");
        }
        return fullName.strip();
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        return EnumSet.copyOf(roles);
    }

    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
