package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.ProblemCode;

/**
 * A rule a change of the item catalogue or of the elections per region breaks; pages say it from
 * {@code catalogue.problem.<NAME>}, REST answers 400.
 */
public enum CatalogueProblem implements ProblemCode {
    BAD_CODE("An item code is 1 to 30 capital letters, digits or underscores, starting with a letter: {0}"),
    DUPLICATE_CODE("Item code {0} is already used"),
    UNKNOWN_ITEM("Unknown item {0}"),
    NAME_REQUIRED("An item needs a name of at most 100 characters"),
    UNIT_REQUIRED("An item needs a unit of at most 20 characters"),
    BAD_PER_TPS("The quantity per TPS must be a whole number from 0 to 10000: {0}"),
    BAD_PER_VOTER("The factor per voter must lie between 0 and 100, with at most 4 decimals: {0}"),
    BAD_RESERVE("The reserve must lie between 0 and 100 percent, with at most 2 decimals: {0}"),
    BAD_ELECTIONS("A region holds from 1 to 5 elections: {0}"),
    BAD_REGION("Elections are set for the nation, a province or a kabupaten/kota: {0}"),
    NATIONAL_DEFAULT_REQUIRED("The national number of elections can be changed, not removed"),
    CONCURRENT_CHANGE("Item {0} was changed by somebody else; reload it");

    private final String english;

    CatalogueProblem(String english) {
        this.english = english;
    }

    @Override
    public String keyPrefix() {
        return "catalogue.problem.";
    }

    @Override
    public String englishPattern() {
        return english;
    }
}
