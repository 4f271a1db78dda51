package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
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

    private TreeNode<RegionSummary> root;
    private String query;
    private List<RegionSummary> results = List.of();
    private List<RegionSummary> path = List.of();

    @PostConstruct
    void init() {
        SerializableFunction<RegionSummary, List<RegionSummary>> children = r -> directory.children(r.code());
        SerializableFunction<RegionSummary, Boolean> leaf = r -> !r.hasChildren();
        root = new DefaultTreeNode<>(null, null);
        for (RegionSummary top : directory.roots()) {
            root.getChildren().add(new LazyDefaultTreeNode<>(top, children, leaf));
        }
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
