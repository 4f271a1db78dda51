package id.deskpilkada.portal.web;

import id.deskpilkada.platform.domain.BrokenRule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

/**
 * Runs a change of any module for a page: a broken rule or a concurrent change by somebody else is told
 * in the user's language (the service's transaction rolled back, nothing of it was saved); anything else goes on
 * to the error page.
 */
@RequestScoped
public class ChangeFeedback {

    @Inject
    FacesFeedback feedback;

    /** @return whether the change went through */
    public boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuntimeException e) {
            if (causedBy(e, BrokenRule.class) instanceof BrokenRule refused) {
                feedback.refused(refused.messageKey(), refused.getMessage(), refused.arguments());
            } else if (causedBy(e, OptimisticLockException.class) != null) {
                feedback.error("meeting.concurrentChange");
            } else {
                throw e;
            }
            return false;
        }
    }

    private static Object causedBy(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }
}
