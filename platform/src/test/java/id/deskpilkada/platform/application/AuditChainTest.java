package id.deskpilkada.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.domain.AuditChain;
import id.deskpilkada.platform.domain.AuditChain.BrokenLink;
import id.deskpilkada.platform.domain.AuditChain.Problem;
import id.deskpilkada.platform.domain.AuditEntry;
import id.deskpilkada.platform.domain.AuditHash;
import id.deskpilkada.platform.domain.AuditHead;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chain check that {@link AuditLog#verify()} feeds batch by batch, on chains built in memory. */
class AuditChainTest {

    private static final LocalDateTime START = LocalDateTime.of(2024, 11, 20, 0, 0, 0, 1_000);

    /** A valid chain of n entries, as {@link AuditLog#record} would write them. */
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditHead head = AuditHead.genesis();
        for (int i = 1; i <= n; i++) {
            String region = i % 3 == 0 ? null : "32.01." + (i % 40);
            AuditEntry entry = AuditEntry.next(head.lastSeq() + 1, UUID.randomUUID(), START.plusSeconds(i),
                    i % 2 == 0 ? "admin" : "system", "region.renamed", "region", "32.01." + i, region,
                    i == 1 ? null : "{\"name\":\"Desa " + (i - 1) + "\"}", "{\"name\":\"Desa " + i + "\"}",
                    head.lastHash());
            head.advance(entry);
            entries.add(entry);
        }
        return entries;
    }

    /** A copy of an entry with its stored hash kept, as after an UPDATE in the database. */
    private static AuditEntry withAfterState(AuditEntry e, String after) {
        return new AuditEntry(e.seq(), e.id(), e.occurredAt(), e.actor(), e.action(), e.subjectType(),
                e.subjectId(), e.regionCode(), e.beforeState(), after, e.previousHash(), e.hash());
    }

    private static AuditEntry withPreviousHash(AuditEntry e, String previousHash) {
        return new AuditEntry(e.seq(), e.id(), e.occurredAt(), e.actor(), e.action(), e.subjectType(),
                e.subjectId(), e.regionCode(), e.beforeState(), e.afterState(), previousHash, e.hash());
    }

    private static AuditEntry at(List<AuditEntry> entries, long seq) {
        return entries.get((int) seq - 1);
    }

    @Test
    void aValidChainOf100EntriesPasses() {
        List<AuditEntry> entries = chain(100);

        assertThat(AuditChain.firstBrokenLink(entries, AuditHash.GENESIS)).isEmpty();

        AuditChain walk = new AuditChain(AuditHash.GENESIS).acceptAll(entries);
        assertThat(walk.finish(100, at(entries, 100).hash())).isEmpty();
        assertThat(walk.checked()).isEqualTo(100);
        assertThat(walk.lastSeq()).isEqualTo(100);
    }

    @Test
    void anEmptyChainMatchesTheGenesisHead() {
        AuditHead genesis = AuditHead.genesis();
        assertThat(new AuditChain(AuditHash.GENESIS).finish(genesis.lastSeq(), genesis.lastHash())).isEmpty();
    }

    @Test
    void feedingInBatchesGivesTheSameAnswer() {
        List<AuditEntry> entries = chain(100);
        entries.set(36, withAfterState(at(entries, 37), "{\"name\":\"Desa palsu\"}"));

        AuditChain walk = new AuditChain(AuditHash.GENESIS);
        for (int from = 0; from < entries.size() && walk.intact(); from += 7) {
            walk.acceptAll(entries.subList(from, Math.min(from + 7, entries.size())));
        }
        assertThat(walk.firstBrokenLink()).isEqualTo(AuditChain.firstBrokenLink(entries, AuditHash.GENESIS));
        assertThat(walk.firstBrokenLink()).map(BrokenLink::seq).contains(37L);
        assertThat(walk.checked()).isEqualTo(36);
    }

    @Test
    void aTamperedAfterStateIsReportedAtItsSeq() {
        List<AuditEntry> entries = chain(100);
        entries.set(36, withAfterState(at(entries, 37), "{\"name\":\"Desa palsu\"}"));

        Optional<BrokenLink> broken = AuditChain.firstBrokenLink(entries, AuditHash.GENESIS);

        assertThat(broken).isPresent();
        assertThat(broken.get().seq()).isEqualTo(37);
        assertThat(broken.get().problem()).isEqualTo(Problem.HASH_MISMATCH);
    }

    @Test
    void aTamperedEntryWithARecomputedHashBreaksTheNextLink() {
        List<AuditEntry> entries = chain(100);
        AuditEntry original = at(entries, 37);
        entries.set(36, AuditEntry.next(37, original.id(), original.occurredAt(), original.actor(),
                original.action(), original.subjectType(), original.subjectId(), original.regionCode(),
                original.beforeState(), "{\"name\":\"Desa palsu\"}", original.previousHash()));

        Optional<BrokenLink> broken = AuditChain.firstBrokenLink(entries, AuditHash.GENESIS);

        assertThat(broken).map(BrokenLink::seq).contains(38L);
        assertThat(broken).map(BrokenLink::problem).contains(Problem.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void aDeletedEntryIsReportedAsAGap() {
        List<AuditEntry> entries = chain(100);
        entries.remove(49); // seq 50

        Optional<BrokenLink> broken = AuditChain.firstBrokenLink(entries, AuditHash.GENESIS);

        assertThat(broken).isPresent();
        assertThat(broken.get().seq()).isEqualTo(50);
        assertThat(broken.get().problem()).isEqualTo(Problem.GAP);
        assertThat(broken.get().detail()).contains("50").contains("51");
    }

    @Test
    void deletingTheFirstEntryIsAGapAtSeq1() {
        List<AuditEntry> entries = chain(10);
        entries.remove(0);

        assertThat(AuditChain.firstBrokenLink(entries, AuditHash.GENESIS))
                .contains(AuditChain.firstBrokenLink(entries, AuditHash.GENESIS).orElseThrow())
                .map(BrokenLink::seq).contains(1L);
    }

    @Test
    void deletingTheNewestEntriesIsAGapUpToTheHead() {
        List<AuditEntry> entries = chain(100);
        String headHash = at(entries, 100).hash();
        List<AuditEntry> truncated = entries.subList(0, 97);

        assertThat(AuditChain.firstBrokenLink(truncated, AuditHash.GENESIS)).isEmpty();
        Optional<BrokenLink> broken = new AuditChain(AuditHash.GENESIS).acceptAll(truncated).finish(100, headHash);

        assertThat(broken).map(BrokenLink::seq).contains(98L);
        assertThat(broken).map(BrokenLink::problem).contains(Problem.GAP);
    }

    @Test
    void aHeadThatDoesNotPointAtTheLastEntryIsReported() {
        List<AuditEntry> entries = chain(20);

        assertThat(new AuditChain(AuditHash.GENESIS).acceptAll(entries).finish(20, "f".repeat(64)))
                .map(BrokenLink::problem).contains(Problem.HEAD_MISMATCH);
        assertThat(new AuditChain(AuditHash.GENESIS).acceptAll(entries).finish(19, at(entries, 19).hash()))
                .map(BrokenLink::seq).contains(20L);
    }

    @Test
    void aTamperedPreviousHashIsReported() {
        List<AuditEntry> entries = chain(100);
        entries.set(59, withPreviousHash(at(entries, 60), "0".repeat(64)));

        Optional<BrokenLink> broken = AuditChain.firstBrokenLink(entries, AuditHash.GENESIS);

        assertThat(broken).isPresent();
        assertThat(broken.get().seq()).isEqualTo(60);
        assertThat(broken.get().problem()).isEqualTo(Problem.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void aChainThatDoesNotStartAtGenesisIsReported() {
        List<AuditEntry> entries = chain(5);

        assertThat(AuditChain.firstBrokenLink(entries, "1".repeat(64)))
                .map(BrokenLink::seq).contains(1L);
    }

    @Test
    void onlyTheFirstBrokenLinkIsReported() {
        List<AuditEntry> entries = chain(100);
        entries.set(79, withAfterState(at(entries, 80), "{}"));
        entries.set(19, withAfterState(at(entries, 20), "{}"));
        entries.remove(9);

        assertThat(AuditChain.firstBrokenLink(entries, AuditHash.GENESIS))
                .map(BrokenLink::seq).contains(10L);
    }

    @Test
    void domainAndApplicationNameTheSameProblems() {
        assertThat(ChainVerification.Problem.values()).extracting(Enum::name)
                .containsExactly(List.of(Problem.values()).stream().map(Enum::name).toArray(String[]::new));
    }

    @Test
    void regionPrefixesAreMatchedLiterally() {
        assertThat(AuditLog.likePrefix("32.01")).isEqualTo("32.01%");
        assertThat(AuditLog.likePrefix("3_%!")).isEqualTo("3!_!%!!%");
    }

    @Test
    void statesAreSerialisedWithJsonbAndNullStaysNull() {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("code", "32.01");
        region.put("name", "Kabupaten Bogor");
        region.put("population", null);

        assertThat(AuditLog.toJson(null)).isNull();
        assertThat(AuditLog.toJson(region))
                .isEqualTo("{\"code\":\"32.01\",\"name\":\"Kabupaten Bogor\",\"population\":null}");
    }

    @Test
    void aStateJsonbCannotReadIsRefusedPlainly() {
        record Hidden(String code) {
        }
        assertThatThrownBy(() -> AuditLog.toJson(new Hidden("32.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Hidden");
    }
}
