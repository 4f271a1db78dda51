package id.deskpilkada.logistics.domain;

/**
 * Active TPS of one region with the same number of voters and the same number of elections before and after a
 * change: they need the same kit, so the national needs are a sum over a few thousand groups, not 435,000 TPS.
 *
 * @param regionCode the region the group is reported under (a child of the region previewed)
 * @param tps        how many TPS are alike
 */
public record TpsGroup(String regionCode, int voters, int electionsBefore, int electionsAfter, long tps) {
}
