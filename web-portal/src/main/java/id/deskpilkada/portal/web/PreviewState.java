package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.domain.NeedChanges;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The needs preview a catalogue form shows, and what the form held when it was computed: a save is allowed
 * only for exactly what the user has seen.
 *
 * @param <K> the form's content
 */
final class PreviewState<K extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Not kept over a serialised view: the user previews again. */
    private transient NeedChanges changes;
    private K previewed;

    /** Computes the preview; a refused input is told to the user and leaves no preview. */
    void compute(ChangeFeedback feedback, K content, Supplier<NeedChanges> preview) {
        NeedChanges[] result = new NeedChanges[1];
        if (feedback.attempt(() -> result[0] = preview.get())) {
            changes = result[0];
            previewed = content;
        } else {
            forget();
        }
    }

    boolean shows(K content) {
        return changes != null && Objects.equals(previewed, content);
    }

    void forget() {
        changes = null;
        previewed = null;
    }

    NeedChanges getChanges() {
        return changes;
    }
}
