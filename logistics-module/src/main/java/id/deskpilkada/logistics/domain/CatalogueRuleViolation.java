package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.ProblemViolation;

/** A change of the item catalogue or of the elections per region breaks a rule; nothing of it was saved. */
public class CatalogueRuleViolation extends ProblemViolation {

    private static final long serialVersionUID = 1L;

    public CatalogueRuleViolation(CatalogueProblem problem, Object... arguments) {
        super(problem, arguments);
    }

    @Override
    public CatalogueProblem problem() {
        return (CatalogueProblem) super.problem();
    }
}
