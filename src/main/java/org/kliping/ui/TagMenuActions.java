package org.kliping.ui;

import org.kliping.domain.Tag;

import java.util.List;

/** The sidebar's tag context menu: each action asks in a dialog, then calls the sidebar view model. */
final class TagMenuActions implements SidebarView.TagActions {

    private final MainView view;

    TagMenuActions(MainView view) {
        this.view = view;
    }

    @Override
    public void rename(Tag tag) {
        view.dialogs.askLine("tag.rename", view.dialogs.t("tag.renameHeader", tag.name()), tag.name())
                .filter(name -> !name.equals(tag.name()))
                .ifPresent(name -> view.vm.sidebar().renameTag(tag.name(), name));
    }

    @Override
    public void merge(Tag tag) {
        List<String> others = view.vm.sidebar().tagNames().stream().filter(n -> !n.equalsIgnoreCase(tag.name())).toList();
        view.dialogs.chooseTag(view.dialogs.t("tag.mergeHeader", tag.name()), others)
                .ifPresent(into -> view.vm.sidebar().mergeTag(tag.name(), into));
    }

    @Override
    public void color(Tag tag) {
        view.dialogs.chooseColor(view.dialogs.t("tag.colorHeader", tag.name()), tag.color())
                .ifPresent(c -> view.vm.sidebar().setTagColor(tag.name(), c));
    }

    @Override
    public void delete(Tag tag) {
        if (view.dialogs.confirm(view.dialogs.t("tag.deleteHeader", tag.name(), tag.count()))) {
            view.vm.sidebar().deleteTag(tag.name());
        }
    }
}
