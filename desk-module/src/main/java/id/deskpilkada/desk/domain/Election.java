package id.deskpilkada.desk.domain;

import id.deskpilkada.platform.domain.region.RegionCode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * An election the desk counts down to — e.g. Pilkada serentak 2024 — with its voting day, the regions it covers by
 * code prefix ({@code ""} = the whole country) and its stages (tahapan) in order.
 */
@Entity
@Table(name = "dsk_election")
public class Election {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "voting_day", nullable = false)
    private LocalDate votingDay;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dsk_election_region", joinColumns = @JoinColumn(name = "election_id"))
    @Column(name = "region_prefix")
    private Set<String> regionPrefixes = new HashSet<>();

    @OneToMany(mappedBy = "election", fetch = FetchType.EAGER)
    @OrderBy("ordinal")
    private List<ElectionStage> stages = new ArrayList<>();

    protected Election() {
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate votingDay() {
        return votingDay;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public Set<String> regionPrefixes() {
        return Set.copyOf(regionPrefixes);
    }

    public List<ElectionStage> stages() {
        return List.copyOf(stages);
    }

    /** How closely the election covers the region: the length of its longest prefix the region lies under. */
    public OptionalInt coverage(String regionCode) {
        return regionPrefixes.stream().filter(p -> RegionCode.within(regionCode, p))
                .mapToInt(String::length).max();
    }

    public StageProgress progress() {
        return new StageProgress((int) stages.stream().filter(ElectionStage::isDone).count(), stages.size());
    }
}
