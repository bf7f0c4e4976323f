package org.kliping.ui.sidebar;

import org.kliping.ui.common.*;

import org.kliping.domain.Tag;

import java.util.List;

/** The sidebar's tag context menu: each action asks in a dialog, then calls the sidebar view model. */
public final class TagMenuActions implements SidebarView.TagActions {

    private final WindowContext ctx;
    private final SidebarViewModel vm;

    TagMenuActions(WindowContext ctx, SidebarViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    @Override
    public void rename(Tag tag) {
        ctx.dialogs().askLine("tag.rename", ctx.dialogs().t("tag.renameHeader", tag.name()), tag.name())
                .filter(name -> !name.equals(tag.name()))
                .ifPresent(name -> vm.renameTag(tag.name(), name));
    }

    @Override
    public void merge(Tag tag) {
        List<String> others = vm.tagNames().stream().filter(n -> !n.equalsIgnoreCase(tag.name())).toList();
        ctx.dialogs().chooseTag(ctx.dialogs().t("tag.mergeHeader", tag.name()), others)
                .ifPresent(into -> vm.mergeTag(tag.name(), into));
    }

    @Override
    public void color(Tag tag) {
        ctx.dialogs().chooseColor(ctx.dialogs().t("tag.colorHeader", tag.name()), tag.color())
                .ifPresent(c -> vm.setTagColor(tag.name(), c));
    }

    @Override
    public void delete(Tag tag) {
        if (ctx.dialogs().confirm(ctx.dialogs().t("tag.deleteHeader", tag.name(), tag.count()))) {
            vm.deleteTag(tag.name());
        }
    }
}
