package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.util.Callbacks.SerializableFunction;

/**
 * The region tree within the caller's jurisdiction, loaded one level at a time as nodes open (the national
 * tree has 91,599 regions), plus a search by code or name.
 */
@Named
@ViewScoped
public class RegionTree implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegionDirectory directory;

    /** Stands for the whole nation above the provinces (or the jurisdiction's regions); never shown. */
    private static final RegionSummary NATION = new RegionSummary("", "Indonesia", 0, null, "", true);

    private TreeNode<RegionSummary> root;
    private String query;
    private List<RegionSummary> results = List.of();
    private List<RegionSummary> path = List.of();

    /**
     * The root is lazy too: adding children to a plain root node makes PrimeFaces renumber the rows of the
     * whole subtree, which asks every lazy node for its children and so reads the tree down to its leaves.
     */
    @PostConstruct
    void init() {
        SerializableFunction<RegionSummary, List<RegionSummary>> children =
                r -> r == NATION ? directory.roots() : directory.children(r.code());
        SerializableFunction<RegionSummary, Boolean> leaf = r -> !r.hasChildren();
        root = new LazyDefaultTreeNode<>(NATION, children, leaf);
    }

    public void search() {
        results = directory.search(query, RegionDirectory.MAX_SEARCH);
        path = List.of();
    }

    public void show(String code) {
        path = directory.path(code);
    }

    public TreeNode<RegionSummary> getRoot() {
        return root;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<RegionSummary> getResults() {
        return results;
    }

    public List<RegionSummary> getPath() {
        return path;
    }
}
